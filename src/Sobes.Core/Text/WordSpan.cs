namespace Sobes.Core.Text;

/// <summary>Where one word stands in a text: <see cref="Start"/> and <see cref="Length"/> in UTF-16 code units.</summary>
public readonly record struct WordSpan
{
    public WordSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        Start = start;
        Length = length;
    }

    public int Start { get; }

    public int Length { get; }

    /// <summary>The index just past the word's last character.</summary>
    public int End => Start + Length;
}
