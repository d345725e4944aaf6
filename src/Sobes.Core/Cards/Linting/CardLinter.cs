namespace Sobes.Core.Cards.Linting;

/// <summary>
/// Checks generated cards against every <see cref="LintRules"/> rule. A cloze an author made (its generator key in
/// the <see cref="GeneratorKeys.AuthorCloze"/> namespace) is held to the structural rules only: the author chose its
/// blank, so term-choice rules do not apply to it.
/// </summary>
public static class CardLinter
{
    /// <summary>The first rule that refuses <paramref name="card"/>, or null when it passes them all.</summary>
    public static LintRule? Refusal(CardDraft card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var authored = GeneratorKeys.IsAuthored(card.GeneratorKey);
        return LintRules.All.FirstOrDefault(r => (!authored || r.Scope == LintScope.Structural) && r.Refuses(card));
    }

    /// <summary>The rule named <paramref name="name"/>; throws <see cref="ArgumentException"/> for an unknown one.</summary>
    public static LintRule Rule(string name) =>
        LintRules.All.FirstOrDefault(r => r.Name == name) ?? throw new ArgumentException($"Unknown lint rule '{name}'.", nameof(name));
}
