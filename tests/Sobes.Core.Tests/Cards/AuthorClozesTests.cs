using Sobes.Core.Cards;

namespace Sobes.Core.Tests.Cards;

public sealed class AuthorClozesTests
{
    private static SourceItem Note(string body) => new() { Id = 7, Kind = "note", Title = AuthorClozes.Reveal(body).Split('\n')[0], Body = body, Language = "en", Topics = ["ml-basics"] };

    [Fact]
    public void Each_deletion_number_is_one_cloze_with_the_other_deletions_filled_in_and_the_extra_field_left_out()
    {
        var note = Note("{{c1::Bagging}} trains each model on a bootstrap sample, while {{c2::boosting::sequential}} trains models one after another.\n\nBoth are ensembles.");

        var cards = CardGenerator.Generate([note]).Where(c => c.Type == CardType.Cloze).ToList();

        Assert.Equal(["author-cloze:1", "author-cloze:2"], cards.Select(c => c.GeneratorKey));
        Assert.Equal("____ trains each model on a bootstrap sample, while boosting trains models one after another.", cards[0].Payload.Prompt);
        Assert.Equal("Bagging", cards[0].Payload.Answer);
        Assert.Equal("Bagging trains each model on a bootstrap sample, while ____ [sequential] trains models one after another.", cards[1].Payload.Prompt);
        Assert.Equal("boosting", cards[1].Payload.Answer);
    }

    [Fact]
    public void An_authors_blank_passes_although_a_term_choice_rule_would_refuse_a_generated_one()
    {
        // The blank is named again in the prompt: answer-in-prompt refuses that for a generated cloze, not for the author's.
        var note = Note("The {{c1::learning rate}} scales each step; a learning rate too large makes training diverge.");

        var card = Assert.Single(CardGenerator.Generate([note]), c => c.Type == CardType.Cloze);

        Assert.Equal("author-cloze:1", card.GeneratorKey);
        Assert.NotNull(Sobes.Core.Cards.Linting.CardLinter.Refusal(card with { GeneratorKey = GeneratorKeys.Cloze + "learning rate" }));
    }

    [Fact]
    public void A_deletion_number_used_twice_is_refused_by_the_structural_rule_of_one_blank()
    {
        var note = Note("{{c1::Precision}} and {{c1::recall}} trade off against each other as the decision threshold moves up or down.");

        var audit = CardGenerator.Audit([note]);

        Assert.DoesNotContain(audit.Cards, c => c.Type == CardType.Cloze);
        Assert.Contains(audit.Refusals, r => r.Card.GeneratorKey == "author-cloze:1" && r.Rule.Name == "empty-recall");
    }
}
