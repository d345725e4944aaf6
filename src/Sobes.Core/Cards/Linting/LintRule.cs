namespace Sobes.Core.Cards.Linting;

/// <summary>What a rule judges: a card's shape (every card, an author's own cloze too) or the generator's choice of term.</summary>
public enum LintScope
{
    /// <summary>Whether the card can be read and answered at all: markup, cut text, lost formulas, ads, a blank with nothing around it.</summary>
    Structural,

    /// <summary>Whether the generator chose a good thing to ask: a real term, a blank that is not given away, an unambiguous prompt.</summary>
    TermChoice,
}

/// <summary>One named check a card must pass; a card it refuses is not generated.</summary>
/// <param name="Name">The stable name reports and audits use, e.g. "dangling-reference".</param>
/// <param name="Scope">Structural or term choice.</param>
/// <param name="Description">What the rule refuses, in one line.</param>
/// <param name="Refuses">True when the card has the flaw.</param>
public sealed record LintRule(string Name, LintScope Scope, string Description, Func<CardDraft, bool> Refuses);
