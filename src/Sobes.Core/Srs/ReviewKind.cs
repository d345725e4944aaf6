namespace Sobes.Core.Srs;

/// <summary>What an entry of the review log records. The stored names are <see cref="ReviewKinds.Name"/>'s.</summary>
public enum ReviewKind
{
    /// <summary>An answer to a card.</summary>
    Review,

    /// <summary>The reversal of an earlier answer.</summary>
    Undo,
}

/// <summary>Stored names of review-log entry kinds.</summary>
public static class ReviewKinds
{
    /// <summary>"review" or "undo".</summary>
    public static string Name(this ReviewKind kind) => kind == ReviewKind.Undo ? "undo" : "review";

    /// <summary>The kind named <paramref name="name"/>; throws <see cref="ArgumentException"/> for an unknown name.</summary>
    public static ReviewKind Parse(string name) => name switch
    {
        "review" => ReviewKind.Review,
        "undo" => ReviewKind.Undo,
        _ => throw new ArgumentException($"Unknown review kind '{name}'.", nameof(name)),
    };
}
