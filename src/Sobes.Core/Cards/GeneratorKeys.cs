namespace Sobes.Core.Cards;

/// <summary>
/// The namespaces of generator keys. A card is identified by its item and key, so a key must stay the same while the
/// fact the card asks stays the same: keys name the fact ("cloze:" + the term), never the wording.
/// </summary>
public static class GeneratorKeys
{
    /// <summary>The question's own card: a flashcard, or a true/false card when its answer is "True" or "False".</summary>
    public const string Flashcard = "flashcard";

    /// <summary>A quiz's card (multiple choice, or true/false for a keyed true-or-false question).</summary>
    public const string Choice = "choice";

    /// <summary>A problem post practised as itself: its statement, then its worked solution.</summary>
    public const string Post = "post";

    /// <summary>A case to read.</summary>
    public const string Reading = "reading";

    /// <summary>Prefix of a generated cloze: "cloze:" + the term's key.</summary>
    public const string Cloze = "cloze:";

    /// <summary>Prefix of a cloze an author made (an Anki Cloze note's deletion): "author-cloze:" + its number.</summary>
    public const string AuthorCloze = "author-cloze:";

    /// <summary>Prefix of a true statement: "true:" + the term's key.</summary>
    public const string True = "true:";

    /// <summary>Prefix of a false statement: "false:" + the term's key.</summary>
    public const string False = "false:";

    /// <summary>Prefix of a topic's matching set: "match:" + topic + ":" + set number; an item's own pairs: "match:item".</summary>
    public const string Match = "match:";

    /// <summary>Prefix of a generated problem: "problem:" + the generator's kind.</summary>
    public const string Problem = "problem:";

    /// <summary>Whether the card's content was made by an author rather than chosen by the generator.</summary>
    public static bool IsAuthored(string generatorKey) => (generatorKey ?? "").StartsWith(AuthorCloze, StringComparison.Ordinal);
}
