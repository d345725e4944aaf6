namespace Sobes.Import.PlainText;

/// <summary>
/// Finds the channel's own signature lines ("🐸 Channel name") by counting: an emoji-led short line that recurs
/// throughout the copy is the footer the channel stamps on its posts, not content.
/// A line naming the channel of the copy's header is its signature even once; "@handle" lines are signatures wherever they occur.
/// </summary>
internal static class SignatureLines
{
    private const int MinimumRepeats = 3;
    private const int MaximumLength = 100;

    public static IReadOnlySet<string> Find(IReadOnlyList<string> lines, int from, string? channelTitle)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = from; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length is >= 4 and <= MaximumLength)
            {
                counts[line] = counts.GetValueOrDefault(line) + 1;
            }
        }

        var signatures = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, count) in counts)
        {
            var namesChannel = channelTitle is not null && Emoji.StripLeading(line).Equals(channelTitle, StringComparison.OrdinalIgnoreCase);
            if ((count >= MinimumRepeats && LooksLikeSignature(line)) || namesChannel)
            {
                signatures.Add(line);
            }
        }

        return signatures;
    }

    /// <summary>The most frequent signature, without its emoji: the channel's name when the copy has no header.</summary>
    public static string? MostFrequent(IReadOnlyList<string> lines, IReadOnlySet<string> signatures)
    {
        var best = lines.Select(l => l.Trim())
            .Where(l => signatures.Contains(l) || LineShapes.IsHandleSignature(l))
            .GroupBy(l => l, StringComparer.Ordinal)
            .OrderByDescending(g => Emoji.StartsWithDecoration(g.Key) ? 1 : 0)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return best is null ? null : Emoji.StripLeading(best.Key);
    }

    private static bool LooksLikeSignature(string line) =>
        Emoji.StartsWithDecoration(line)
        && Emoji.StripLeading(line).Count(char.IsLetter) >= 3
        && !line.Contains("://", StringComparison.Ordinal)
        && line[^1] is not (':' or '?' or '.')
        && !LineShapes.IsTeaser(line)
        && !LineShapes.IsPointerLine(line)
        && !LineShapes.IsHashtagLine(line)
        && !LineShapes.IsPlaceholder(line)
        && !ReactionLine.TryParse(line, out _);
}
