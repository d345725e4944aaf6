using Sobes.Core.Cards;
using Sobes.Core.Cards.Linting;

namespace Sobes.Core.Tests.Cards.Linting;

public sealed class LintRulesTests
{
    private static CardDraft Cloze(string prompt, string answer, string key = "cloze:x") =>
        new(1, CardType.Cloze, key, new CardPayload { Prompt = prompt, Answer = answer }, 1, "");

    private static CardDraft Flashcard(string prompt, string answer) =>
        new(1, CardType.Flashcard, "flashcard", new CardPayload { Prompt = prompt, Answer = answer }, 1, "");

    private static CardDraft Statement(string prompt) =>
        new(1, CardType.TrueFalse, "true:x", new CardPayload { Prompt = prompt, Answer = "true" }, 1, "");

    private const string GoodCloze = "____ — это доля объектов положительного класса, которые классификатор сумел найти.";

    [Fact]
    public void Leftover_markup_refuses_bold_links_hashtags_and_a_prompt_opening_with_a_list_marker()
    {
        var rule = LintRules.LeftoverMarkup;

        Assert.True(rule.Refuses(Cloze("____ — это **доля** объектов, которые классификатор сумел найти среди всех.", "Recall")));
        Assert.True(rule.Refuses(Flashcard("- Что такое recall в задачах классификации?", "Доля найденных.")));
        Assert.True(rule.Refuses(Statement("Recall — доля найденных объектов, см. [статью](http://x.y) #метрики")));
        Assert.False(rule.Refuses(Cloze(GoodCloze, "Recall")));
        Assert.False(rule.Refuses(Flashcard("Что такое recall?", "- доля найденных\n- считается как **TP / (TP + FN)**")));
    }

    [Fact]
    public void Ad_or_template_refuses_channel_chrome_adverts_and_placeholders()
    {
        var rule = LintRules.AdOrTemplate;

        Assert.True(rule.Refuses(Flashcard("Как готовиться к интервью по ML?", "Подписывайтесь на канал, промокод внутри!")));
        Assert.True(rule.Refuses(Flashcard("Что такое градиент?", "Вектор частных производных.\nPlease open Telegram to view this post")));
        Assert.True(rule.Refuses(Flashcard("Что такое {{term}}?", "Lorem ipsum dolor sit amet.")));
        Assert.False(rule.Refuses(Flashcard("Как предсказывать отток подписчиков?", "Строят модель по истории платежей и активности подписки.")));
    }

    [Fact]
    public void Dangling_reference_refuses_see_above_and_pictures_and_a_cut_out_sentence_pointing_back()
    {
        var rule = LintRules.DanglingReference;

        Assert.True(rule.Refuses(Flashcard("Что такое NDCG?", "Метрика ранжирования. Подробнее — см. выше.")));
        Assert.True(rule.Refuses(Flashcard("Какие бывают слои?", "Они показаны на рисунке.")));
        Assert.True(rule.Refuses(Flashcard("How is AUC computed?", "As shown below, it is the area under the curve.")));
        Assert.True(rule.Refuses(Flashcard("Какой стандартный алгоритм упоминается как простой и надёжный?", "SVM")));
        Assert.True(rule.Refuses(Cloze("____ — один такой шаг, так что за эпоху их столько, сколько батчей.", "Итерация")));
        Assert.False(rule.Refuses(Statement("P-value — это вероятность получить такой же или более экстремальный результат при верной нулевой гипотезе.")));
        Assert.False(rule.Refuses(Cloze(GoodCloze, "Recall")));
    }

    [Fact]
    public void Lost_formula_refuses_a_text_ending_with_a_colon_and_the_holes_a_formula_image_leaves()
    {
        var rule = LintRules.LostFormula;

        Assert.True(rule.Refuses(Flashcard("Как считается log loss?", "Её считают по формуле:")));
        Assert.True(rule.Refuses(Flashcard("Как считается MSE?", "Используйте формулу:\nгде n — число объектов.")));
        Assert.True(rule.Refuses(Flashcard("Как считается F1?", "Берут precision , , recall и усредняют.")));
        Assert.False(rule.Refuses(Flashcard("Что делает ROW_NUMBER?", "Нумерует строки: ROW_NUMBER() OVER (PARTITION BY user_id).")));
    }

    [Fact]
    public void Cut_text_refuses_an_ellipsis_a_trailing_comma_or_function_word_and_an_open_bracket()
    {
        var rule = LintRules.CutText;

        Assert.True(rule.Refuses(Flashcard("Что такое бустинг?", "Это ансамбль, в котором модели…")));
        Assert.True(rule.Refuses(Flashcard("Что такое бустинг?", "Это ансамбль моделей, которые строятся последовательно и")));
        Assert.True(rule.Refuses(Flashcard("Что такое бустинг?", "Это ансамбль (обычно деревьев")));
        Assert.False(rule.Refuses(Flashcard("What is k-fold?", "Its spread shows how stable the model is.")));
    }

    [Fact]
    public void Too_short_refuses_a_two_word_prompt_an_empty_answer_and_a_cloze_with_little_around_its_blank()
    {
        var rule = LintRules.TooShort;

        Assert.True(rule.Refuses(Flashcard("Вопрос 12", "Да.")));
        Assert.True(rule.Refuses(Flashcard("Что такое градиент?", " ")));
        Assert.True(rule.Refuses(Cloze("____ — это доля.", "Recall")));
        Assert.False(rule.Refuses(Cloze(GoodCloze, "Recall")));
    }

    [Fact]
    public void Empty_recall_refuses_a_cloze_without_exactly_one_blank_or_with_its_blank_in_a_list_line()
    {
        var rule = LintRules.EmptyRecall;

        Assert.True(rule.Refuses(Cloze("Метрики качества:\n* ____\n* precision", "recall")));
        Assert.True(rule.Refuses(Cloze("____ и ____ — это доли объектов, которые считают по матрице ошибок.", "Recall")));
        Assert.True(rule.Refuses(Cloze("Доля найденных объектов положительного класса среди всех.", "Recall")));
        Assert.False(rule.Refuses(Cloze(GoodCloze, "Recall")));
    }

    [Fact]
    public void Not_a_term_refuses_a_pronoun_or_filler_opening_a_comma_and_a_bare_number()
    {
        var rule = LintRules.NotATerm;

        Assert.True(rule.Refuses(Cloze(GoodCloze, "It")));
        Assert.True(rule.Refuses(Cloze(GoodCloze, "First, if there")));
        Assert.True(rule.Refuses(Cloze(GoodCloze, "01")));
        Assert.True(rule.Refuses(Cloze(GoodCloze, "Другими словами IQR")));
        Assert.False(rule.Refuses(Cloze(GoodCloze, "Recall")));
    }

    [Fact]
    public void Blank_cuts_word_refuses_letters_or_a_hyphen_touching_the_blank()
    {
        var rule = LintRules.BlankCutsWord;

        Assert.True(rule.Refuses(Cloze("Аугментация — это добавление ____а к обучающей выборке без смены меток.", "шум")));
        Assert.True(rule.Refuses(Cloze("Для оценки используют k-fold кросс-____ на пяти фолдах обучающей выборки.", "валидацию")));
        Assert.False(rule.Refuses(Cloze(GoodCloze, "Recall")));
    }

    [Fact]
    public void Trivial_blank_refuses_a_generic_word_an_abbreviation_spelled_out_and_one_word_of_a_longer_name()
    {
        var rule = LintRules.TrivialBlank;

        Assert.True(rule.Refuses(Cloze("F-мера — еще одна ____ оценки качества бинарной классификации.", "метрика")));
        Assert.True(rule.Refuses(Cloze("____ (Root Mean Square Error) — это корень из среднего квадрата ошибки.", "RMSE")));
        Assert.True(rule.Refuses(Cloze("____ (Q-learning) — метод обучения с подкреплением, который оценивает ценность действий.", "Q-обучение")));
        Assert.True(rule.Refuses(Cloze("Gradient ____ trees build an ensemble of shallow trees one after another.", "boosting")));
        Assert.False(rule.Refuses(Cloze(GoodCloze, "Recall")));
    }

    [Fact]
    public void Answer_in_prompt_refuses_a_cloze_whose_answer_stands_in_its_prompt()
    {
        var rule = LintRules.AnswerInPrompt;

        Assert.True(rule.Refuses(Cloze("____ — это один проход градиента, так что за эпоху итераций столько, сколько батчей.", "Итерация")));
        Assert.True(rule.Refuses(Cloze("____ is a network that uses convolutional layers with shared local filters.", "convolutional neural network")));
        Assert.True(rule.Refuses(Flashcard("Is ReLU the default activation in hidden layers?", "ReLU")));
        Assert.False(rule.Refuses(Cloze("____ — это распределение числа успехов в n независимых испытаниях Бернулли.", "Биномиальное распределение")));
    }

    [Fact]
    public void Answer_in_prompt_refuses_a_cloze_that_names_a_word_derived_from_every_word_of_its_answer()
    {
        var rule = LintRules.AnswerInPrompt;

        Assert.True(rule.Refuses(Cloze("____ misleads on skewed classes: a model that never flags fraud is 99% accurate.", "Accuracy")));
        Assert.True(rule.Refuses(Cloze("____ normalizes a layer's activations with the statistics of the current mini-batch.", "Batch normalization")));
        Assert.False(rule.Refuses(Cloze("____ — это вероятностная модель, которая применяет теорему Байеса и считает признаки независимыми при известном классе.", "Наивный байесовский классификатор")));
        Assert.False(rule.Refuses(Cloze("____ adds an L1 penalty to the least-squares loss and sets some weights to zero.", "Lasso")));
    }

    [Fact]
    public void Ambiguous_prompt_refuses_a_cloze_naming_only_a_broad_category_and_a_numbered_label()
    {
        var rule = LintRules.AmbiguousPrompt;

        Assert.True(rule.Refuses(Cloze("____ is a optimization technique for training neural networks.", "Adam")));
        Assert.True(rule.Refuses(Flashcard("Задача 3", "Ответ: 0.25, потому что события независимы.")));
        Assert.True(rule.Refuses(new CardDraft(1, CardType.Problem, "post", new CardPayload { Prompt = "Задача про метрики", Answer = "Пусть мы обучили две модели…" }, 1, "")));
        Assert.False(rule.Refuses(Cloze("____ — это гармоническое среднее precision и recall.", "F1-мера")));
    }

    [Fact]
    public void Every_rule_has_a_unique_name_and_the_linter_finds_it_by_name()
    {
        Assert.Equal(LintRules.All.Count, LintRules.All.Select(r => r.Name).Distinct().Count());
        Assert.All(LintRules.All, r => Assert.Same(r, CardLinter.Rule(r.Name)));
        Assert.Throws<ArgumentException>(() => CardLinter.Rule("no-such-rule"));
    }

    [Fact]
    public void An_authors_cloze_is_held_to_the_structural_rules_only()
    {
        var generic = "Аугментация — это способ расширить обучающую ____, не меняя метки объектов.";

        Assert.Equal("not-a-term", CardLinter.Refusal(Cloze(generic, "выборку, то есть", GeneratorKeys.Cloze + "x"))?.Name);
        Assert.Null(CardLinter.Refusal(Cloze(generic, "выборку, то есть", GeneratorKeys.AuthorCloze + "1")));
        Assert.Equal("dangling-reference", CardLinter.Refusal(Cloze(generic + " См. выше.", "выборку", GeneratorKeys.AuthorCloze + "1"))?.Name);
    }
}
