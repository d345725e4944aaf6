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

        var inA = new LineIndex(a);
        if (inA.Find(b[0]) is not (0 or 1))
        {
            return false;
        }

        var inB = new LineIndex(b);
        var secondInFirst = b.Count(line => inA.Find(line) >= 0);
        var firstInSecond = a.Skip(1).Count(line => inB.Find(line) >= 0);
        return secondInFirst >= RequiredOverlap * b.Count || firstInSecond >= RequiredOverlap * (a.Count - 1);
    }

    /// <summary>
    /// Keeps the first rendering's lines in order and slots each line only the second has after the last line
    /// both share; a line the second shows longer (the first was cut mid-line) replaces the first's.
    /// </summary>
    private static void Fold(PostDraft first, PostDraft second)
    {
        var normalisedFirst = first.Lines.Select(l => Emoji.Normalise(l.Text)).ToList();
        var index = new LineIndex(normalisedFirst);
        var lines = first.Lines.ToArray();
        var insertions = new List<(int After, (int Line, string Text) Entry)>();
        var lastMatched = lines.Length - 1;
        foreach (var entry in second.Lines)
        {
            var normalised = Emoji.Normalise(entry.Text);
            if (normalised.Length == 0)
            {
                continue;
            }

            var match = index.Find(normalised);
            if (match < 0)
            {
                insertions.Add((lastMatched, entry));
                continue;
            }

            if (normalised.Length > normalisedFirst[match].Length)
            {
                lines[match] = (lines[match].Line, entry.Text);
            }

            lastMatched = match;
        }

        first.Lines.Clear();
        var byPosition = insertions.ToLookup(i => i.After, i => i.Entry);
        for (var i = 0; i < lines.Length; i++)
        {
            first.Lines.Add(lines[i]);
            first.Lines.AddRange(byPosition[i]);
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
