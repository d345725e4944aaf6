using Sobes.Core.Library;
using Sobes.Core.Posts;

namespace Sobes.Core.Tests.Library;

public sealed class PostAnalyzerTests
{
    private static ItemDraft Analyze(string text, Poll? poll = null, PostKindHint hint = PostKindHint.None) =>
        PostAnalyzer.Analyze(new RawPost { Locator = "line 1", Line = 1, Text = text, Poll = poll, KindHint = hint })!;

    [Fact]
    public void An_emoji_led_question_keeps_its_title_and_splits_off_the_answer()
    {
        var item = Analyze("🔥 Что такое дропаут?\n\nСлучайное отключение нейронов во время обучения; работает как регуляризация.");

        Assert.Equal(ItemKind.Question, item.Kind);
        Assert.Equal("Что такое дропаут?", item.Title);
        Assert.StartsWith("Случайное отключение", item.Answer);
        Assert.Contains("regularization", item.Topics);
    }

    [Fact]
    public void A_definition_opening_asks_even_when_it_ends_with_a_full_stop()
    {
        var item = Analyze("Что такое эмбеддинги в NLP. Приведите примеры.\n\nВекторные представления слов: word2vec, GloVe, fastText.");

        Assert.Equal(ItemKind.Question, item.Kind);
        Assert.Contains("nlp", item.Topics);
    }

    [Fact]
    public void A_task_header_with_answer_and_solution_is_a_problem()
    {
        var item = Analyze("📌 Задача про метрики\n\nДве модели дали F1 0.7 и 0.8 на одном пороге. Значит ли это, что вторая лучше?\n\nОтвет: нет.\n\nРешение\nF1 зависит от порога; сравнивать надо при лучших порогах.");

        Assert.Equal(ItemKind.Problem, item.Kind);
        Assert.Equal("problem:task-header", item.KindRule);
        Assert.StartsWith("Две модели", item.Question);
        Assert.StartsWith("Ответ: нет.", item.Answer);
    }

    [Fact]
    public void A_probability_request_with_numbers_is_a_problem()
    {
        var item = Analyze("Из урны с 5 белыми и 3 чёрными шарами вынимают 2 шара. Какова вероятность, что оба белые?");

        Assert.Equal(ItemKind.Problem, item.Kind);
    }

    [Fact]
    public void A_course_promotion_with_a_price_and_a_call_to_action_is_an_ad()
    {
        var item = Analyze("🚀 Интенсив по ML стартует в пятницу\nЦена 39 900 ₽ до конца недели\n👉 Записаться на курс");

        Assert.Equal(ItemKind.Ad, item.Kind);
        Assert.StartsWith("ad:", item.KindRule);
    }

    [Fact]
    public void A_take_home_description_is_a_case()
    {
        var item = Analyze("Тестовое задание\nЕсть данные датчиков станка за год. Требуется предсказать поломку за сутки вперёд.\nКритерии успешности: обоснование модели и её оценка.");

        Assert.Equal(ItemKind.Case, item.Kind);
    }

    [Fact]
    public void A_short_link_teaser_is_a_resource_and_a_long_explainer_is_a_note()
    {
        var teaser = Analyze("Подборка статей про A/B-тесты: https://example.org/ab");
        var note = Analyze(string.Join(' ', Enumerable.Repeat("Градиентный бустинг строит деревья последовательно, каждое исправляет ошибки предыдущих.", 4)));

        Assert.Equal(ItemKind.Resource, teaser.Kind);
        Assert.Equal(["https://example.org/ab"], teaser.Links);
        Assert.Equal(ItemKind.Note, note.Kind);
        Assert.Contains("ensembles", note.Topics);
    }

    [Fact]
    public void A_poll_is_a_quiz_whose_crowd_pick_is_not_an_author_key()
    {
        var poll = new Poll { Question = "Что уменьшает L2?", Options = [new("Веса", 0.6), new("Смещение", 0.4)], IsQuiz = true };

        var item = Analyze("Что уменьшает L2?", poll);

        Assert.Equal(ItemKind.Quiz, item.Kind);
        Assert.Equal(new QuizKey(0, KeySource.Crowd), item.Key);
        Assert.Equal(2, item.Options.Count);
    }

    [Fact]
    public void A_quiz_with_a_stated_answer_has_an_author_key_and_a_tie_has_no_crowd_pick()
    {
        var keyed = Analyze("Q", new Poll { Question = "Q?", Options = [new("a", 0.5), new("b", 0.5)], CorrectOption = 1 });
        var tied = Analyze("Q", new Poll { Question = "Q?", Options = [new("a", 0.5), new("b", 0.5)] });

        Assert.Equal(new QuizKey(1, KeySource.Author), keyed.Key);
        Assert.Null(tied.Key);
    }

    [Fact]
    public void Chrome_lines_hashtag_lines_and_signatures_are_dropped_and_hashtags_kept()
    {
        var item = Analyze("Как работает бэггинг?\nБутстрэп-выборки и усреднение.\n#ансамбли\n@some_channel\nPlease open Telegram to view this post\nVIEW IN TELEGRAM\n👍12");

        Assert.Equal("Как работает бэггинг?\nБутстрэп-выборки и усреднение.", item.Body);
        Assert.Equal(["ансамбли"], item.Hashtags);
        Assert.Equal(4, item.ChromeLinesDropped);
    }

    [Fact]
    public void Hashtags_within_prose_are_kept_in_the_text_and_collected_too()
    {
        var item = Analyze("Что такое дропаут?\nЭто про #регуляризация и сети\nAnd a#b is no tag\n#ml #DeepLearning");

        Assert.Equal("Что такое дропаут?\nЭто про #регуляризация и сети\nAnd a#b is no tag", item.Body);
        Assert.Equal(["регуляризация", "ml", "deeplearning"], item.Hashtags);
    }

    [Fact]
    public void The_text_hash_covers_the_body_and_the_quiz_options()
    {
        var plain = Analyze("Вопрос");
        var quiz = Analyze("Вопрос", new Poll { Question = "Вопрос", Options = [new("да", null), new("нет", null)] });

        Assert.Equal(PostAnalyzer.Hash("Вопрос\u0001"), plain.Provenance.TextHash);
        Assert.Equal(PostAnalyzer.Hash("Вопрос\u0001да\u0002нет"), quiz.Provenance.TextHash);
        Assert.Equal(32, plain.Provenance.TextHash.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(300)]
    [InlineData(5000)]
    public void A_hash_is_the_first_half_of_the_sha256_of_the_utf8_text(int length)
    {
        var text = string.Concat(Enumerable.Repeat("я📌", length / 3));
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..32];

        Assert.Equal(expected, PostAnalyzer.Hash(text));
    }

    [Fact]
    public void A_post_of_nothing_but_chrome_is_no_item()
    {
        Assert.Null(PostAnalyzer.Analyze(new RawPost { Locator = "line 1", Text = "Please open Telegram to view this post\nVIEW IN TELEGRAM\n❤1" }));
    }

    [Fact]
    public void Script_markup_stays_visible_as_text_but_is_no_longer_markup_and_script_links_are_refused()
    {
        var item = Analyze("Что делает этот код?\n<script>alert(1)</script> и <img src=x onerror=alert(2)>\n<b>жирный</b> остаётся", null);
        var links = PostAnalyzer.Analyze(new RawPost { Locator = "m 1", Text = "Ссылки", Links = ["javascript:alert(1)", "https://ok.example/"] })!;

        Assert.DoesNotContain("<script", item.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("‹script›alert(1)‹/script›", item.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", item.Body, StringComparison.Ordinal);
        Assert.Contains("<b>жирный</b>", item.Body, StringComparison.Ordinal);
        Assert.Equal(["https://ok.example/"], links.Links);
    }

    [Fact]
    public void The_text_hash_changes_with_the_text_and_only_with_it()
    {
        var a = Analyze("Что такое ROC AUC?\nПлощадь под ROC-кривой.");
        var b = Analyze("Что такое ROC AUC?\nПлощадь под ROC-кривой.");
        var c = Analyze("Что такое ROC AUC?\nПлощадь под кривой ошибок.");

        Assert.Equal(a.Provenance.TextHash, b.Provenance.TextHash);
        Assert.NotEqual(a.Provenance.TextHash, c.Provenance.TextHash);
    }

    [Fact]
    public void Russian_and_English_are_told_apart()
    {
        Assert.Equal("ru", Analyze("Что такое переобучение?").Language);
        Assert.Equal("en", Analyze("What is overfitting and how do you detect it?").Language);
    }

    [Fact]
    public void A_preset_gives_the_items_fields_as_they_were_made_inert_like_any_imported_text()
    {
        var preset = new ItemPreset
        {
            Kind = ItemKind.Problem, KindRule = "problem:task-header", Title = "Задача про монету", Question = "Какова вероятность двух орлов?", Answer = "1/4",
            Body = "Задача про монету\n\nКакова вероятность двух орлов?\n\nОтвет: 1/4", Topics = ["probability"], Hashtags = ["coins"],
            Links = ["https://example.org/coins", "javascript:alert(1)"], Code = [new CodeBlock("python", "print(0.5 ** 2)")],
        };

        var item = PostAnalyzer.Analyze(new RawPost { Locator = "note g1", Text = "Задача про монету\n\nОтвет: 1/4", Preset = preset })!;

        Assert.Equal((ItemKind.Problem, "problem:task-header", "Задача про монету", "Какова вероятность двух орлов?", "1/4"), (item.Kind, item.KindRule, item.Title, item.Question, item.Answer));
        Assert.Equal(preset.Body, item.Body);
        Assert.Equal(preset.Body, item.Provenance.Text);
        Assert.Equal(["probability"], item.Topics);
        Assert.Equal(["https://example.org/coins"], item.Links);
        Assert.Equal("print(0.5 ** 2)", Assert.Single(item.Code).Text);
    }
}
