using Sobes.Core.Library;
using Sobes.Core.Posts;

namespace Sobes.Core.Tests.Library;

/// <summary>Kinds, titles and answers a careful editor would give the posts below (fixtures written for these tests).</summary>
public sealed class EditorialKindsTests
{
    private static ItemDraft Analyze(string text, string? titleHint = null, IReadOnlyList<string>? links = null) =>
        PostAnalyzer.Analyze(new RawPost { Locator = "line 1", Line = 1, Text = text, TitleHint = titleHint, Links = links ?? [] })!;

    [Theory]
    [InlineData("Хотите понять, как работают трансформеры?\nНа курсе «Трансформеры с нуля» разберём внимание и позиционные кодировки.\nСтарт 1 марта, мест ограничено.\n👉 Записаться на курс")]
    [InlineData("Как попасть в ML без опыта?\nРасскажем на бесплатном вебинаре в четверг, вопросы можно задать заранее.")]
    [InlineData("Want to master gradient boosting?\nOur bootcamp starts on 3 April: four weeks of Kaggle-style projects.\nSign up below.")]
    public void A_course_promotion_under_a_question_shaped_title_is_an_ad(string text)
    {
        var item = Analyze(text);

        Assert.Equal(ItemKind.Ad, item.Kind);
    }

    [Fact]
    public void A_question_whose_answer_names_a_course_in_passing_stays_a_question()
    {
        var item = Analyze("Что такое дистилляция знаний?\nУченик учится повторять мягкие вероятности учителя; так её объясняют в любом курсе по сжатию моделей.");

        Assert.Equal(ItemKind.Question, item.Kind);
    }

    [Theory]
    [InlineData("Представьте, что вы запускаете новую ленту рекомендаций, и через неделю время в приложении упало на 5%. Как вы будете искать причину?\n\nСначала проверим, не сломалось ли логирование…")]
    [InlineData("You are given a year of daily sales for 300 stores. How would you forecast next month's demand?\n\nStart with a seasonal baseline per store…")]
    public void A_scenario_that_asks_what_you_would_do_is_a_case(string text)
    {
        var item = Analyze(text);

        Assert.Equal(ItemKind.Case, item.Kind);
        Assert.Equal("case:scenario", item.KindRule);
        Assert.NotNull(item.Answer);
    }

    [Fact]
    public void A_solution_post_is_a_problem_with_its_statement_as_the_question()
    {
        var item = Analyze("Решение задачи про два кубика\nБросают два честных кубика. Какова вероятность, что сумма равна 7?\nРешение: благоприятных исходов 6 из 36, ответ 1/6.");

        Assert.Equal(ItemKind.Problem, item.Kind);
        Assert.Equal("Бросают два честных кубика. Какова вероятность, что сумма равна 7?", item.Question);
        Assert.Equal("Решение: благоприятных исходов 6 из 36, ответ 1/6.", item.Answer);
    }

    [Fact]
    public void A_task_header_the_format_marked_as_title_keeps_its_statement_as_the_question()
    {
        var text = "🧩 Задача про медиану\nВ выборке 1, 2, 100. Как изменится медиана, если 100 заменить на 1000?\nОтвет: не изменится.\nРешение\nМедиана зависит только от порядка.";

        var item = Analyze(text, titleHint: "🧩 Задача про медиану");

        Assert.Equal(ItemKind.Problem, item.Kind);
        Assert.Equal("В выборке 1, 2, 100. Как изменится медиана, если 100 заменить на 1000?", item.Question);
        Assert.StartsWith("Ответ: не изменится.", item.Answer);
    }

    [Fact]
    public void A_task_whose_question_line_ends_with_a_colon_keeps_its_parts_in_the_statement()
    {
        var item = Analyze("Из урны с 3 белыми и 2 чёрными шарами вынимают два. Найдите вероятности событий:\nA: оба белые.\nB: шары разного цвета.");

        Assert.Equal(ItemKind.Problem, item.Kind);
        Assert.EndsWith("B: шары разного цвета.", item.Question);
        Assert.Null(item.Answer);
    }

    [Theory]
    [InlineData("Нет, не всегда. Стандартизация нужна, когда признаки измерены в разных единицах.\nДля деревьев решений масштаб признаков не важен.", "Стандартизация")]
    [InlineData("Да, батч-нормализация ускоряет обучение. Батч-нормализация — это нормировка входов слоя по мини-батчу.", "Батч-нормализация")]
    [InlineData("Not necessarily. Early stopping refers to halting training once the validation loss stops improving.", "Early stopping")]
    [InlineData("Да, можно. Регуляризация L1 обнуляет часть весов, а регуляризация L2 их сжимает; регуляризацию подбирают по валидации.", "Регуляризация")]
    public void A_post_whose_question_was_lost_keeps_its_answer_under_a_title_saying_what_it_is_about(string text, string title)
    {
        var item = Analyze(text);

        Assert.Equal(ItemKind.Note, item.Kind);
        Assert.Equal("note:question-lost", item.KindRule);
        Assert.Equal(title, item.Title);
        Assert.True(item.TitleInferred);
        Assert.Equal(text, item.Answer);
        Assert.Null(item.Question);
    }

    [Fact]
    public void A_bare_link_gets_a_title_from_what_its_address_names()
    {
        var item = Analyze("https://example.org/blog/feature-stores-explained/", links: ["https://example.org/blog/feature-stores-explained/"]);

        Assert.Equal(ItemKind.Resource, item.Kind);
        Assert.Equal("Feature stores explained (example.org)", item.Title);
        Assert.True(item.TitleInferred);
    }

    [Fact]
    public void A_title_the_post_gave_is_not_inferred()
    {
        Assert.False(Analyze("Что такое дропаут?\nСлучайное выключение нейронов.").TitleInferred);
    }

    [Theory]
    [InlineData("Этот список пригодится всем, кто готовится к секции по статистике: тридцать задач с разбором от простых к сложным.")]
    [InlineData("Расскажу, как мы перевели обучение моделей на спотовые инстансы и что сломалось по дороге.")]
    public void A_teaser_for_material_kept_elsewhere_is_a_resource(string text)
    {
        Assert.Equal(ItemKind.Resource, Analyze(text).Kind);
    }

    [Fact]
    public void A_hidden_answer_is_recorded_as_missing_and_the_shape_is_kept()
    {
        var shape = new TaskShape { Form = TaskForm.FillIn, Blanks = 1 };
        var item = PostAnalyzer.Analyze(new RawPost
        {
            Locator = "line 3", Line = 3, Text = "Ранняя остановка следит за ошибкой на ____ выборке.", TitleHint = "Ранняя остановка следит за ошибкой на ____ выборке.",
            KindHint = PostKindHint.Question, AnswerHidden = true, Shape = shape,
        })!;

        Assert.Null(item.Answer);
        Assert.True(item.NeedsAnswer);
        Assert.Same(shape, item.Shape);
    }

    [Fact]
    public void An_answered_question_needs_no_answer()
    {
        Assert.False(Analyze("Что такое дропаут?\nСлучайное выключение нейронов.").NeedsAnswer);
    }
}
