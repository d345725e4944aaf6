using Sobes.Core.Cards;

namespace Sobes.Core.Tests.Cards;

public sealed class CardGeneratorTests
{
    [Fact]
    public void A_question_with_an_answer_becomes_a_flashcard()
    {
        var card = Assert.Single(CardGenerator.Generate([CardFixtures.Question(1)]));

        Assert.Equal(CardType.Flashcard, card.Type);
        Assert.Equal("flashcard", card.GeneratorKey);
        Assert.Equal("Зачем нужна отложенная выборка?", card.Payload.Prompt);
        Assert.StartsWith("Чтобы честно", card.Payload.Answer);
        Assert.Equal("validation", card.Topic);
    }

    [Fact]
    public void A_question_without_an_answer_gives_no_flashcard()
    {
        Assert.Empty(CardGenerator.Generate([CardFixtures.Question(1) with { Answer = null }]));
    }

    [Fact]
    public void A_quiz_becomes_a_multiple_choice_card_with_its_options()
    {
        var card = Assert.Single(CardGenerator.Generate([CardFixtures.Quiz(2)]));

        Assert.Equal(CardType.MultipleChoice, card.Type);
        Assert.Equal(3, card.Payload.Options!.Count);
    }

    [Fact]
    public void Definitions_in_a_note_become_cloze_cards_with_the_term_blanked()
    {
        var note = CardFixtures.Note(3, "validation", "Переобучение — это запоминание шума обучающей выборки вместо закономерности.");

        var cloze = Assert.Single(CardGenerator.Generate([note]), c => c.Type == CardType.Cloze);

        Assert.Equal("cloze:переобучение", cloze.GeneratorKey);
        Assert.Equal("Переобучение", cloze.Payload.Answer);
        Assert.StartsWith("____ — это запоминание", cloze.Payload.Prompt);
    }

    [Fact]
    public void Cloze_cards_alone_are_the_cloze_cards_of_full_generation_less_the_flagged()
    {
        var items = CardFixtures.Glossary("metrics", 5).Append(CardFixtures.Note(3, "validation", "Переобучение — это запоминание шума обучающей выборки вместо закономерности.")).ToList();
        var full = CardGenerator.Generate(items).Where(c => c.Type == CardType.Cloze).ToList();
        Assert.True(full.Count >= 4);

        var alone = CardGenerator.ClozeCards(items, new HashSet<(string, long)> { (full[0].GeneratorKey, full[0].ItemId) });

        Assert.Equal(full.Skip(1), alone);
    }

    [Fact]
    public void Cloze_cards_per_item_are_bounded()
    {
        var note = CardFixtures.Note(3, "nlp", [.. CardFixtures.Glossary("nlp", 6).Select(n => n.Body)]);

        var clozes = CardGenerator.Generate([note]).Where(c => c.Type == CardType.Cloze).ToList();

        Assert.Equal(CardGenerator.MaxClozePerItem, clozes.Count);
        Assert.All(clozes, c => Assert.StartsWith("____ — это", c.Payload.Prompt, StringComparison.Ordinal));
    }

    [Fact]
    public void A_glossary_term_the_title_names_is_blanked_where_a_sentence_opens_with_it_as_whole_words()
    {
        var item = new SourceItem
        {
            Id = 4, Kind = "question", Title = "Когда помогает dropout в больших сетях?", Question = "Когда помогает dropout в больших сетях?", Topics = ["regularization"],
            Answer = "Dropouts бывают разные. Dropout помогает сети не полагаться на отдельные нейроны, отключая случайную их часть на каждом шаге.", Body = "…",
        };

        var cloze = Assert.Single(CardGenerator.Generate([item], glossary: ["dropout"]), c => c.Type == CardType.Cloze);

        Assert.Equal("Dropout", cloze.Payload.Answer);
        Assert.StartsWith("____ помогает сети", cloze.Payload.Prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Swapped_definitions_of_one_kind_make_true_and_false_statements()
    {
        var cards = CardGenerator.Generate(CardFixtures.Glossary("metrics", 2)).Where(c => c.Type == CardType.TrueFalse).ToList();

        Assert.Equal(4, cards.Count);
        var falseOne = Assert.Single(cards, c => c.ItemId == 100 && c.Payload.Answer == "false");
        Assert.Equal("Precision — это доля объектов положительного класса, которые классификатор сумел найти.", falseOne.Payload.Prompt);
        var trueOne = Assert.Single(cards, c => c.ItemId == 100 && c.Payload.Answer == "true");
        Assert.Equal("Precision — это доля верных срабатываний среди всех срабатываний классификатора на тестовой выборке.", trueOne.Payload.Prompt);
    }

    [Theory]
    [InlineData("What is lasso?", "Lasso adds an absolute-value penalty to the squared error, so some weights end at zero.", "Lasso", "____ adds an absolute-value penalty")]
    [InlineData("What is dropout?", "Dropout randomly switches off a share of units at every training step.", "Dropout", "____ randomly switches off")]
    [InlineData("Что такое бэггинг?", "Бэггинг обучает много моделей на бутстреп-выборках и усредняет их прогнозы.", "Бэггинг", "____ обучает много моделей")]
    [InlineData("What is a skip connection?", "A skip connection adds a block's input to its output, so the block learns a correction.", "skip connection", "____ adds a block's input")]
    public void The_items_own_subject_is_blanked_where_a_sentence_says_what_it_does(string title, string answer, string term, string opening)
    {
        var item = new SourceItem { Id = 7, Kind = "question", Title = title, Question = title, Answer = answer, Body = "…", Topics = ["regularization"] };

        var cloze = Assert.Single(CardGenerator.Generate([item]), c => c.Type == CardType.Cloze);

        Assert.Equal(term, cloze.Payload.Answer);
        Assert.StartsWith(opening, cloze.Payload.Prompt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Что такое бустинг?", "Бустинг сдерживают маленьким шагом обучения, ранней остановкой и ограничением глубины деревьев.")]
    [InlineData("What is dropout?", "Dropout layers are placed after the dense layers of a network.")]
    [InlineData("Что такое временные ряды?", "Временные ряды часто имеют сильную зависимость от прошлых значений.")]
    [InlineData("What is bagging?", "Bagging usually makes a model more stable on noisy data.")]
    public void A_sentence_where_the_subject_is_not_the_doer_or_only_has_a_property_gives_no_cloze(string title, string answer)
    {
        var item = new SourceItem { Id = 8, Kind = "question", Title = title, Question = title, Answer = answer, Body = "…", Topics = ["ensembles"] };

        Assert.DoesNotContain(CardGenerator.Generate([item]), c => c.Type == CardType.Cloze);
    }

    [Fact]
    public void Two_terms_one_item_contrasts_are_swapped_into_false_statements()
    {
        var item = new SourceItem
        {
            Id = 9, Kind = "question", Title = "How do precision and recall differ?", Question = "How do precision and recall differ?", Topics = ["metrics"], Body = "…",
            Answer = "Precision is the share of flagged examples that are actually positive. Recall is the share of positive examples that the model flags. "
                + "Raising the threshold trades one for the other.",
        };

        var statements = CardGenerator.Generate([item]).Where(c => c.Type == CardType.TrueFalse && c.Payload.Answer == "false").Select(c => c.Payload.Prompt).ToList();

        Assert.Equal(
            ["Precision is the share of positive examples that the model flags.", "Recall is the share of flagged examples that are actually positive."],
            statements);
    }

    [Fact]
    public void Sibling_terms_are_swapped_but_a_term_and_its_kind_are_not()
    {
        var items = new[]
        {
            CardFixtures.Note(21, "probability", "Ошибка первого рода — это отклонение нулевой гипотезы, когда на самом деле она верна."),
            CardFixtures.Note(22, "probability", "Ошибка второго рода — это принятие нулевой гипотезы, когда на самом деле она неверна."),
            CardFixtures.Note(23, "deep-learning", "Pooling is an operation that shrinks a feature map by summarising each small window of it."),
            CardFixtures.Note(24, "deep-learning", "Max pooling is an operation that keeps the largest value of each small window of a feature map."),
        };

        var falseOnes = CardGenerator.Generate(items).Where(c => c.Type == CardType.TrueFalse && c.Payload.Answer == "false").ToList();

        Assert.Equal([21L, 22L], falseOnes.Select(c => c.ItemId).Order());
        Assert.Contains(falseOnes, c => c.Payload.Prompt == "Ошибка первого рода — это принятие нулевой гипотезы, когда на самом деле она неверна.");
    }

    [Theory]
    [InlineData(3, new int[0])]
    [InlineData(4, new[] { 4 })]
    [InlineData(6, new[] { 6 })]
    [InlineData(7, new[] { 7 })]
    [InlineData(9, new[] { 4, 5 })]
    [InlineData(13, new[] { 4, 4, 5 })]
    public void Matching_sets_hold_four_to_six_pairs_of_one_topic(int definitions, int[] expectedSizes)
    {
        var sets = CardGenerator.Generate(CardFixtures.Glossary("nlp", definitions)).Where(c => c.Type == CardType.Matching).ToList();

        Assert.Equal(expectedSizes.Select(s => Math.Min(6, s)), sets.Select(s => s.Payload.Pairs!.Count));
        Assert.All(sets, s => Assert.Equal("nlp", s.Topic));
        Assert.All(sets, s => Assert.Equal("NLP", s.Payload.Prompt));
    }

    [Fact]
    public void A_problem_a_generator_recognises_gets_a_problem_card_and_others_none()
    {
        var coins = new SourceItem { Id = 5, Kind = "problem", Title = "Задача", Body = "Тест на болезнь: чувствительность 99%, распространённость 1%. Какова вероятность болезни при положительном тесте по формуле Байеса?" };
        var sql = new SourceItem { Id = 6, Kind = "problem", Title = "SQL", Body = "Выберите вторую по величине зарплату из таблицы сотрудников." };

        var card = Assert.Single(CardGenerator.Generate([coins, sql]));

        Assert.Equal(CardType.Problem, card.Type);
        Assert.Equal(5, card.ItemId);
        Assert.NotNull(Sobes.Core.Problems.ProblemCatalog.Find(card.Payload.ProblemKind!));
    }

    [Fact]
    public void A_case_becomes_a_reading_card()
    {
        var card = Assert.Single(CardGenerator.Generate([new SourceItem { Id = 7, Kind = "case", Title = "Кейс", Body = "Спрогнозируйте отток клиентов." }]));

        Assert.Equal(CardType.Reading, card.Type);
    }

    [Fact]
    public void Flagged_cards_are_skipped_for_their_item_only()
    {
        var skipped = new HashSet<(string, long)> { ("flashcard", 1) };

        var cards = CardGenerator.Generate([CardFixtures.Question(1), CardFixtures.Question(2)], skipped);

        Assert.Equal(2, Assert.Single(cards).ItemId);
    }

    [Fact]
    public void Generating_twice_gives_the_same_keys()
    {
        IReadOnlyList<SourceItem> items = [CardFixtures.Question(1), CardFixtures.Quiz(2), .. CardFixtures.Glossary("nlp", 5)];

        Assert.Equal(CardGenerator.Generate(items).Select(c => (c.ItemId, c.GeneratorKey)), CardGenerator.Generate(items).Select(c => (c.ItemId, c.GeneratorKey)));
    }
}
