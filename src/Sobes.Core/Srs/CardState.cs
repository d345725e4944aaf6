namespace Sobes.Core.Srs;

/// <summary>Where a card is in its life, as in Anki.</summary>
public enum CardState
{
    /// <summary>Never answered.</summary>
    New = 0,

    /// <summary>Going through the learning steps after its first answers.</summary>
    Learning = 1,

    /// <summary>Graduated: due after whole days.</summary>
    Review = 2,

    /// <summary>Forgotten in review and going through the relearning steps.</summary>
    Relearning = 3,
}
