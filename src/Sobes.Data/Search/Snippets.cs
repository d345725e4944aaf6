using System.Text;

namespace Sobes.Data.Search;

/// <summary>
/// Cuts the passage of a text that holds the most distinct query stems (then the most matches) and wraps each
/// matching word as [[word]]; see <see cref="SearchHit.Snippet"/> for the format.
/// </summary>
internal static class Snippets
{
    public const int MaxLength = 240;
    private const int Lead = 60;
    private const char Ellipsis = '…';

    public static string Build(string text, IReadOnlySet<string> stems)
    {
        var matches = SearchText.Matching(text, stems);
        var (start, end) = matches.Count == 0 ? (0, CutEnd(text, 0, 0)) : Window(text, matches);
        var snippet = new StringBuilder(end - start + 16);
        if (start > 0)
        {
            snippet.Append(Ellipsis);
        }

        var at = start;
        foreach (var match in matches.Where(m => m.Start >= start && m.End <= end))
        {
            AppendPlain(snippet, text.AsSpan(at, match.Start - at));
            if (snippet.Length > 0 && snippet[^1] == '[')
            {
                snippet.Append(' ');
            }

            snippet.Append("[[").Append(text.AsSpan(match.Start, match.End - match.Start)).Append("]]");
            if (match.End < end && text[match.End] == ']')
            {
                snippet.Append(' ');
            }

            at = match.End;
        }

        AppendPlain(snippet, text.AsSpan(at, end - at));
        if (end < text.Length)
        {
            snippet.Append(Ellipsis);
        }

        return snippet.ToString().Trim();
    }

    private static (int Start, int End) Window(string text, List<AnalyzedWord> matches)
    {
        var best = 0;
        (int Distinct, int Count) bestScore = (0, 0);
        for (var first = 0; first < matches.Count; first++)
        {
            var last = first;
            while (last + 1 < matches.Count && matches[last + 1].End - matches[first].Start <= MaxLength - Lead)
            {
                last++;
            }

            var score = (DistinctStems(matches, first, last), last - first + 1);
            if (score.CompareTo(bestScore) > 0)
            {
                (best, bestScore) = (first, score);
            }
        }

        // Lead-in before the first match, more when the window would otherwise run past the end of the text.
        var start = Math.Max(0, Math.Min(matches[best].Start - Lead, text.Length - MaxLength));
        if (start > 0)
        {
            var space = text.IndexOfAny([' ', '\n', '\t'], start, matches[best].Start - start);
            start = space < 0 ? matches[best].Start : space + 1;
        }

        return (start, CutEnd(text, start, matches[best].End));
    }

    // A window holds a few matches: comparing each with those before it beats a set.
    private static int DistinctStems(List<AnalyzedWord> matches, int first, int last)
    {
        var distinct = 0;
        for (var i = first; i <= last; i++)
        {
            var seen = false;
            for (var j = first; j < i && !seen; j++)
            {
                seen = string.Equals(matches[j].Stem, matches[i].Stem, StringComparison.Ordinal);
            }

            distinct += seen ? 0 : 1;
        }

        return distinct;
    }

    /// <summary>Ends the window at most <see cref="MaxLength"/> after its start, at a space if one follows <paramref name="keep"/>.</summary>
    private static int CutEnd(string text, int start, int keep)
    {
        var end = Math.Min(text.Length, start + MaxLength);
        if (end == text.Length)
        {
            return end;
        }

        var space = text.LastIndexOfAny([' ', '\n', '\t'], end - 1, end - keep);
        return space > keep ? space : Math.Max(end, keep);
    }

    private static void AppendPlain(StringBuilder snippet, ReadOnlySpan<char> plain)
    {
        var spaced = false;
        foreach (var c in plain)
        {
            if (char.IsWhiteSpace(c))
            {
                spaced = true;
                continue;
            }

            if (spaced && snippet.Length > 0)
            {
                snippet.Append(' ');
            }

            spaced = false;
            if ((c == '[' || c == ']') && snippet.Length > 0 && snippet[^1] == c)
            {
                snippet.Append(' ');
            }

            snippet.Append(c);
        }

        if (spaced && snippet.Length > 0)
        {
            snippet.Append(' ');
        }
    }
}
