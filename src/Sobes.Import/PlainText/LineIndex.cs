namespace Sobes.Import.PlainText;

/// <summary>
/// Finds a normalised line among a post's lines: an equal line (hashed), or — for posts of ordinary size —
/// one of which it is a cut-short copy or which is a cut-short copy of it (a rendering truncated mid-line).
/// </summary>
internal sealed class LineIndex
{
    private const int MinimumPrefixLength = 12;
    private const int PrefixScanLimit = 200;

    private readonly IReadOnlyList<string> _lines;
    private readonly Dictionary<string, int> _first = new(StringComparer.Ordinal);

    public LineIndex(IReadOnlyList<string> lines)
    {
        _lines = lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > 0)
            {
                _first.TryAdd(lines[i], i);
            }
        }
    }

    /// <summary>Index of the matching line, or -1.</summary>
    public int Find(string line)
    {
        if (_first.TryGetValue(line, out var exact))
        {
            return exact;
        }

        if (line.Length < MinimumPrefixLength || _lines.Count > PrefixScanLimit)
        {
            return -1;
        }

        for (var i = 0; i < _lines.Count; i++)
        {
            var other = _lines[i];
            if (other.Length >= MinimumPrefixLength
                && (other.StartsWith(line, StringComparison.Ordinal) || line.StartsWith(other, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }
}
