namespace Sobes.Import.PlainText;

/// <summary>
/// Preview pages often show a post twice in a row: once with its header line, once without it or cut short.
/// Two neighbouring drafts are one post when the second's first line is the first's first or second line and
/// most of the shorter one's lines appear in the other (compared case-, emoji- and punctuation-insensitively).
/// The merged post keeps the first rendering's lines and order, adds what only the second had, and
/// takes both renderings' media, reactions and hashtags.
/// </summary>
internal static class RenderingMerger
{
    private const double RequiredOverlap = 0.8;
    private const int MinimumAnchorLength = 12;
    private const int PrefixComparisonBudget = 20_000;

    public static List<PostDraft> Merge(List<PostDraft> drafts)
    {
        var merged = new List<PostDraft>(drafts.Count);
        foreach (var draft in drafts)
        {
            if (merged.Count > 0 && AreRenderingsOfOnePost(merged[^1], draft))
            {
                Fold(merged[^1], draft);
            }
            else
            {
                merged.Add(draft);
            }
        }

        return merged;
    }

    private static bool AreRenderingsOfOnePost(PostDraft first, PostDraft second)
    {
        if (first.Poll is not null || second.Poll is not null)
        {
            return false;
        }

        var a = NormalisedLines(first);
        var b = NormalisedLines(second);
        if (a.Count == 0 || b.Count == 0 || b[0].Length < MinimumAnchorLength)
        {
            return false;
        }

        var budget = a.Count * b.Count;
        var anchored = Matches(a[0], b[0], budget) || (a.Count > 1 && Matches(a[1], b[0], budget));
        if (!anchored)
        {
            return false;
        }

        var secondInFirst = b.Count(line => a.Any(other => Matches(other, line, budget)));
        var firstInSecond = a.Skip(1).Count(line => b.Any(other => Matches(other, line, budget)));
        return secondInFirst >= RequiredOverlap * b.Count || firstInSecond >= RequiredOverlap * (a.Count - 1);
    }

    /// <summary>Equal, or one is a cut-short copy of the other (a rendering truncated mid-line).</summary>
    private static bool Matches(string line, string other, int budget)
    {
        if (line == other)
        {
            return true;
        }

        if (budget > PrefixComparisonBudget || Math.Min(line.Length, other.Length) < MinimumAnchorLength)
        {
            return false;
        }

        return line.StartsWith(other, StringComparison.Ordinal) || other.StartsWith(line, StringComparison.Ordinal);
    }

    private static void Fold(PostDraft first, PostDraft second)
    {
        var budget = first.Lines.Count * second.Lines.Count;
        var normalisedFirst = first.Lines.Select(l => Emoji.Normalise(l.Text)).ToList();
        var lastMatched = -1;
        foreach (var (line, text) in second.Lines)
        {
            var normalised = Emoji.Normalise(text);
            if (normalised.Length == 0)
            {
                continue;
            }

            var match = normalisedFirst.FindIndex(l => l.Length > 0 && Matches(l, normalised, budget));
            if (match >= 0)
            {
                if (normalised.Length > normalisedFirst[match].Length)
                {
                    first.Lines[match] = (first.Lines[match].Line, text);
                    normalisedFirst[match] = normalised;
                }

                lastMatched = match;
                continue;
            }

            var insertAt = lastMatched < 0 ? first.Lines.Count : lastMatched + 1;
            first.Lines.Insert(insertAt, (line, text));
            normalisedFirst.Insert(insertAt, normalised);
            lastMatched = insertAt;
        }

        foreach (var media in second.Media.Where(m => !first.Media.Contains(m)))
        {
            first.Media.Add(media);
        }

        first.AddHashtags(second.Hashtags);
        first.AddReactions(second.Reactions);
        first.Renderings += second.Renderings;
    }

    private static List<string> NormalisedLines(PostDraft draft) =>
        draft.Lines.Select(l => Emoji.Normalise(l.Text)).Where(l => l.Length > 0).ToList();
}
