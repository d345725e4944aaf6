namespace Sobes.Core.Cards;

/// <summary>What a card asks of the learner. The names are the stored values.</summary>
public enum CardType
{
    /// <summary>A question; the answer is revealed and self-graded.</summary>
    Flashcard,

    /// <summary>A quiz: pick one of the options.</summary>
    MultipleChoice,

    /// <summary>A definition with its term blanked out.</summary>
    Cloze,

    /// <summary>A statement to judge true or false.</summary>
    TrueFalse,

    /// <summary>Terms to pair with their definitions.</summary>
    Matching,

    /// <summary>A generated problem instance with an answer box.</summary>
    Problem,

    /// <summary>A case to read; not scheduled unless asked for.</summary>
    Reading,
}

/// <summary>Stored names of card types.</summary>
public static class CardTypes
{
    /// <summary>"flashcard", "multiple-choice", "cloze", "true-false", "matching", "problem", "reading".</summary>
    public static string Name(this CardType type) => type switch
    {
        CardType.Flashcard => "flashcard",
        CardType.MultipleChoice => "multiple-choice",
        CardType.Cloze => "cloze",
        CardType.TrueFalse => "true-false",
        CardType.Matching => "matching",
        CardType.Problem => "problem",
        _ => "reading",
    };

    /// <summary>The type named <paramref name="name"/>; throws <see cref="ArgumentException"/> for an unknown name.</summary>
    public static CardType Parse(string name)
    {
        foreach (var type in Enum.GetValues<CardType>())
        {
            if (type.Name() == name) { return type; }
        }

        throw new ArgumentException($"Unknown card type '{name}'.", nameof(name));
    }

    /// <summary>Whether answers are checked by the program (and mapped to ratings) rather than self-graded.</summary>
    public static bool IsObjective(this CardType type) =>
        type is CardType.MultipleChoice or CardType.TrueFalse or CardType.Matching or CardType.Problem or CardType.Cloze;
}
