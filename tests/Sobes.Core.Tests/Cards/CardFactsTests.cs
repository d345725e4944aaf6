using Sobes.Core.Cards;

namespace Sobes.Core.Tests.Cards;

public sealed class CardFactsTests
{
    [Fact]
    public void A_reworded_prompt_keeps_the_fact_and_a_different_answer_does_not()
    {
        var before = new CardPayload { Prompt = "____ — это ситуация, когда признаки знают о цели.", Answer = "Утечка данных" };
        var reworded = before with { Prompt = "____ — ситуация, когда в признаки попадает информация о целевой переменной." };

        Assert.True(CardFacts.Same(CardType.Cloze, before, reworded));
        Assert.True(CardFacts.Same(CardType.Flashcard, before, before with { Answer = "утечка  данных." }));
        Assert.False(CardFacts.Same(CardType.Cloze, before, reworded with { Answer = "Переобучение" }));
    }

    [Fact]
    public void A_quiz_keeps_its_fact_while_its_options_are_the_same_and_matching_while_its_terms_are()
    {
        var quiz = new CardPayload { Options = [new ChoiceOption("MSE", 0.2), new ChoiceOption("ROC AUC", 0.8)] };
        var pairs = new CardPayload { Pairs = [new TermDefinition("bias", "systematic error", 1), new TermDefinition("variance", "spread", 2)] };

        Assert.True(CardFacts.Same(CardType.MultipleChoice, quiz, quiz with { Prompt = "Which metric ignores the threshold?", Options = [new ChoiceOption("MSE", 0.3), new ChoiceOption("ROC AUC", 0.7)] }));
        Assert.False(CardFacts.Same(CardType.MultipleChoice, quiz, quiz with { Options = [new ChoiceOption("MSE", 0.2), new ChoiceOption("PR AUC", 0.8)] }));
        Assert.True(CardFacts.Same(CardType.Matching, pairs, pairs with { Pairs = [new TermDefinition("variance", "how much predictions spread", 2), new TermDefinition("bias", "systematic error", 1)] }));
        Assert.False(CardFacts.Same(CardType.Matching, pairs, pairs with { Pairs = [new TermDefinition("bias", "systematic error", 1), new TermDefinition("noise", "spread", 2)] }));
    }
}
