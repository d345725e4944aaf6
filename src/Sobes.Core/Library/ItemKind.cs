namespace Sobes.Core.Library;

/// <summary>What a cleaned unit of knowledge is. The names are the stored and exported values.</summary>
public enum ItemKind
{
    /// <summary>A question with its answer (or awaiting one).</summary>
    Question,

    /// <summary>An explainer whose question is missing.</summary>
    Note,

    /// <summary>Options with vote shares, maybe a key.</summary>
    Quiz,

    /// <summary>A task with a definite answer, maybe a solution.</summary>
    Problem,

    /// <summary>An open or take-home task.</summary>
    Case,

    /// <summary>A link, file or teaser.</summary>
    Resource,

    /// <summary>A promotion.</summary>
    Ad,
}

public static class ItemKinds
{
    public static IReadOnlyList<ItemKind> All { get; } = Enum.GetValues<ItemKind>();

    /// <summary>
    /// True when an item of this kind with this answer awaits one: a question without an answer (never given). Such an item
    /// stays out of practice until someone answers it. A problem without a solution is still practised (by its generator),
    /// so only a source that hid its answer marks one.
    /// </summary>
    public static bool NeedsAnswer(this ItemKind kind, string? answer) => kind == ItemKind.Question && string.IsNullOrWhiteSpace(answer);

    /// <summary>The lower-case name used in storage, the CLI and JSON: "question", "note", …</summary>
    public static string Name(this ItemKind kind) => kind switch
    {
        ItemKind.Question => "question",
        ItemKind.Note => "note",
        ItemKind.Quiz => "quiz",
        ItemKind.Problem => "problem",
        ItemKind.Case => "case",
        ItemKind.Resource => "resource",
        ItemKind.Ad => "ad",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? text, out ItemKind kind)
    {
        foreach (var k in All)
        {
            if (string.Equals(k.Name(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
