using Sobes.Core.Posts;

namespace Sobes.Import.Tests.PlainText;

public sealed class PlainTextPostShapeTests
{
    [Fact]
    public void Quiz_options_take_the_percentage_above_them()
    {
        var post = Assert.Single(PlainTextReading.Read("Что быстрее сходится?\nAnonymous Quiz\n25%\nSGD\n75%\nAdam\n").Posts);

        Assert.Equal(PostKindHint.Quiz, post.KindHint);
        var poll = Assert.IsType<Poll>(post.Poll);
        Assert.True(poll.IsQuiz);
        Assert.Equal("Что быстрее сходится?", poll.Question);
        Assert.Equal(["SGD", "Adam"], poll.Options.Select(o => o.Text));
        Assert.Equal([0.25, 0.75], poll.Options.Select(o => o.Share!.Value));
        Assert.Equal("Что быстрее сходится?\nSGD\nAdam", post.Text);
    }

    [Theory]
    [InlineData("Anonymous Poll", false)]
    [InlineData("Poll", false)]
    [InlineData("Quiz", true)]
    [InlineData("Анонимный опрос", false)]
    [InlineData("Анонимная викторина", true)]
    public void Poll_type_line_says_whether_it_is_a_quiz(string type, bool isQuiz)
    {
        var post = Assert.Single(PlainTextReading.Read($"Вопрос\n{type}\n100%\nОтвет\n").Posts);

        Assert.Equal(isQuiz, post.Poll!.IsQuiz);
    }

    [Fact]
    public void A_bare_poll_word_without_percentages_stays_text()
    {
        var post = Assert.Single(PlainTextReading.Read("Как назвать такой формат?\nPoll\nИли всё-таки опрос.\n").Posts);

        Assert.Null(post.Poll);
        Assert.Equal("Как назвать такой формат?\nPoll\nИли всё-таки опрос.", post.Text);
    }

    [Fact]
    public void A_poll_ends_where_percentages_stop_and_the_next_line_opens_a_post()
    {
        var batch = PlainTextReading.Read("Вопрос один?\nQuiz\n60%\nДа\n40%\nНет\nОбычный пост после опроса.\n");

        Assert.Equal(2, batch.Posts.Count);
        Assert.Equal("Обычный пост после опроса.", batch.Posts[1].Text);
        Assert.Null(batch.Posts[1].Poll);
        Assert.Equal(7, batch.Posts[1].Line);
    }

    [Fact]
    public void A_question_under_unsigned_text_is_split_off_into_its_own_poll_post()
    {
        var batch = PlainTextReading.Read("Текст предыдущего поста.\nКакой ответ?\nPoll\n50%\nА\n50%\nБ\n");

        Assert.Equal(2, batch.Posts.Count);
        Assert.Equal("Текст предыдущего поста.", batch.Posts[0].Text);
        Assert.Equal("Какой ответ?", batch.Posts[1].Poll!.Question);
        Assert.Equal("line 2", batch.Posts[1].Locator);
    }

    [Fact]
    public void A_hashtag_line_after_a_closed_post_opens_the_next_one()
    {
        var batch = PlainTextReading.Read("Вопрос?\nQuiz\n100%\nДа\n#собес\nЧто такое AUC?\n\nПлощадь под ROC-кривой.\n@some_channel\n");

        Assert.Equal(2, batch.Posts.Count);
        var second = batch.Posts[1];
        Assert.Equal(["#собес"], second.Hashtags);
        Assert.Equal(5, second.Line);
        Assert.Equal("Что такое AUC?\n\nПлощадь под ROC-кривой.", second.Text);
    }

    [Fact]
    public void A_hashtag_line_closes_an_open_post_and_stays_out_of_its_text()
    {
        var batch = PlainTextReading.Read("Что такое PCA?\n\nМетод понижения размерности.\n\n#статистика #линал\nЧто такое SVD?\n\nРазложение матрицы.\n");

        Assert.Equal(2, batch.Posts.Count);
        Assert.Equal(["#статистика", "#линал"], batch.Posts[0].Hashtags);
        Assert.DoesNotContain("#", batch.Posts[0].Text, StringComparison.Ordinal);
        Assert.Equal("Что такое SVD?", batch.Posts[1].TitleHint);
    }

    [Fact]
    public void A_link_teaser_ends_a_post_in_a_mirror_copy()
    {
        var batch = PlainTextReading.Read("🤖 Обзор библиотек\n\nКоротко о пяти библиотеках.\n\n👉Читать обзор\nКак работает attention?\n\nВзвешивает токены.\n");

        Assert.Equal(2, batch.Posts.Count);
        Assert.EndsWith("👉Читать обзор", batch.Posts[0].Text, StringComparison.Ordinal);
        Assert.Equal("Обзор библиотек", batch.Posts[0].TitleHint);
    }

    [Theory]
    [InlineData("👍3", "👍", 3)]
    [InlineData("🔥12", "🔥", 12)]
    [InlineData("❤1", "❤", 1)]
    [InlineData("👍 1.2K", "👍", 1200)]
    public void Reaction_lines_become_reactions(string line, string emoji, int count)
    {
        var post = Assert.Single(PlainTextReading.Read($"Текст поста.\n{line}\n").Posts);

        Assert.Equal([new Reaction(emoji, count)], post.Reactions);
        Assert.Equal("Текст поста.", post.Text);
    }

    [Fact]
    public void A_line_of_several_reactions_gives_each_one()
    {
        var post = Assert.Single(PlainTextReading.Read("Текст поста.\n❤1👍2\n").Posts);

        Assert.Equal([new Reaction("❤", 1), new Reaction("👍", 2)], post.Reactions);
    }

    [Fact]
    public void A_file_name_and_size_become_media_and_leave_the_text()
    {
        var post = Assert.Single(PlainTextReading.Read("notes-on-trees.pdf\n640 KB\nКонспект по деревьям.\n").Posts);

        Assert.Equal(["file: notes-on-trees.pdf (640 KB)"], post.Media);
        Assert.Equal("Конспект по деревьям.", post.Text);
        Assert.Equal(1, post.Line);
    }

    [Fact]
    public void Code_lines_become_a_code_block_and_stay_in_the_text()
    {
        var post = Assert.Single(PlainTextReading.Read("Пример:\n\nimport numpy as np\nx = np.zeros(3)\nprint(x)\n\nВот и всё.\n").Posts);

        var code = Assert.Single(post.Code);
        Assert.Equal("python", code.Language);
        Assert.Equal("import numpy as np\nx = np.zeros(3)\nprint(x)", code.Text);
        Assert.Contains("x = np.zeros(3)", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Formula_list_items_are_not_code()
    {
        var post = Assert.Single(PlainTextReading.Read("Метрики:\n- Precision = TP / (TP + FP)\n- Recall = TP / (TP + FN)\n").Posts);

        Assert.Empty(post.Code);
    }

    [Theory]
    [InlineData("💡 Что такое bias-variance?", "Что такое bias-variance?")]
    [InlineData("Задача про кубики", "Задача про кубики")]
    [InlineData("Вопрос: зачем нужен dropout", "зачем нужен dropout")]
    [InlineData("🧪 Чек-лист валидации модели", "Чек-лист валидации модели")]
    [InlineData("Почему ROC AUC не зависит от порога", "Почему ROC AUC не зависит от порога")]
    public void Title_hint_comes_from_an_asking_or_emoji_led_first_line(string first, string title)
    {
        var post = Assert.Single(PlainTextReading.Read($"{first}\nОтвет в одну строку.\n").Posts);

        Assert.Equal(title, post.TitleHint);
    }

    [Fact]
    public void A_plain_statement_has_no_title_hint()
    {
        var post = Assert.Single(PlainTextReading.Read("Сегодня разберём регрессию.\nПодробности ниже.\n").Posts);

        Assert.Null(post.TitleHint);
    }

    [Fact]
    public void A_fuller_second_rendering_adds_its_missing_lines_in_order()
    {
        var text = "🌲 Как растёт дерево решений?\nДерево выбирает лучший сплит на каждом шаге.\nОстанавливается по глубине.\n@some_channel\n"
            + "Дерево выбирает лучший сплит на каждом шаге.\nКритерий сплита — прирост информации или Джини.\nОстанавливается по глубине.\n@some_channel\n";

        var batch = PlainTextReading.Read(text);

        var post = Assert.Single(batch.Posts);
        Assert.Equal(
            "🌲 Как растёт дерево решений?\nДерево выбирает лучший сплит на каждом шаге.\nКритерий сплита — прирост информации или Джини.\nОстанавливается по глубине.",
            post.Text);
        Assert.Contains(batch.Diagnostics, d => d.Message.Contains("rendered 2 times", StringComparison.Ordinal) && d.Line == 1);
    }

    [Fact]
    public void A_second_rendering_that_shows_a_cut_line_whole_restores_it()
    {
        var text = "🧮 Что такое softmax?\nSoftmax превращает вектор логитов в распределение вероя\n@some_channel\n"
            + "Softmax превращает вектор логитов в распределение вероятностей.\n@some_channel\n";

        var post = Assert.Single(PlainTextReading.Read(text).Posts);

        Assert.Equal("🧮 Что такое softmax?\nSoftmax превращает вектор логитов в распределение вероятностей.", post.Text);
    }

    [Fact]
    public void A_recurring_plain_line_is_content_not_a_signature()
    {
        var text = string.Concat(Enumerable.Range(1, 3).Select(i => $"Задача номер {i} про выборки.\nРешение\nОтвет {i}.\n@some_channel\n"));

        var posts = PlainTextReading.Read(text).Posts;

        Assert.Equal(3, posts.Count);
        Assert.All(posts, p => Assert.Contains("\nРешение\n", p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_recurring_emoji_led_line_is_a_signature()
    {
        var text = string.Concat(Enumerable.Range(1, 3).Select(i => $"Заметка номер {i} о регуляризации.\n🦉 Совы и модели\n"));

        var posts = PlainTextReading.Read(text).Posts;

        Assert.Equal(3, posts.Count);
        Assert.DoesNotContain(posts, p => p.Text.Contains("Совы", StringComparison.Ordinal));
    }

    [Fact]
    public void Neighbouring_posts_that_share_no_opening_are_not_merged()
    {
        var text = "Первый пост про бустинг и его параметры.\nРешение\n@some_channel\nВторой пост про бэггинг и случайный лес.\nРешение\n@some_channel\n";

        Assert.Equal(2, PlainTextReading.Read(text).Posts.Count);
    }

    [Fact]
    public void Mirror_chrome_never_reaches_a_post()
    {
        var batch = PlainTextReading.Read("Telegram Web Link\nЧто такое лосс?\n\nФункция ошибки.\n\n#основы\n2024/01/02 03:04:05\nBack to Top\nHTML Embed Code:\n");

        var post = Assert.Single(batch.Posts);
        Assert.Equal("Что такое лосс?\n\nФункция ошибки.", post.Text);
    }
}

public sealed class PlainTextEditorialTests
{
    private static IReadOnlyList<RawPost> Posts() =>
        PlainTextReading.ReadFile(Path.Combine(AppContext.BaseDirectory, "PlainText", "Fixtures", "editorial_channel.txt")).Posts;

    [Fact]
    public void Emoji_sub_headings_do_not_cut_a_post()
    {
        var posts = Posts();

        Assert.Equal(2, posts.Count);
        Assert.Contains("➡️ Итог", posts[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("не тратьте время для деревьев.", posts[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trailing_line_that_names_the_channel_is_its_signature_even_once()
    {
        Assert.DoesNotContain("Совиный ML", Posts()[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Прочитали?\n👉 Читать статью\nСледующий пост.\n", 2)]
    [InlineData("Итоги недели.\n➡️ Подробнее о курсе\nСледующий пост.\n", 2)]
    [InlineData("Итоги недели.\n➡️ Главное\nТри новости про бустинг.\n", 1)]
    public void A_pointer_line_ends_a_post_when_it_points_elsewhere(string text, int posts)
    {
        Assert.Equal(posts, PlainTextReading.Read(text).Posts.Count);
    }
}
