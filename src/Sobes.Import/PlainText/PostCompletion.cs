using System.Text.RegularExpressions;
using Sobes.Core.Posts;

namespace Sobes.Import.PlainText;

/// <summary>Turns a finished draft into a <see cref="RawPost"/>: text, title hint, links, hashtags, code.</summary>
internal static partial class PostCompletion
{
    private const int MaximumTitleLength = 300;
    private const int MaximumHeaderLength = 150;

    private static readonly string[] QuestionWords =
    [
        "что ", "как ", "какой ", "какая ", "какие ", "каким ", "почему ", "зачем ", "когда ", "где ", "чем ", "в чем ", "в чём ",
        "можно ли ", "нужно ли ", "существует ли ", "what ", "how ", "why ", "when ", "which ", "is ", "are ", "can ", "does ",
    ];

    public static RawPost ToRawPost(PostDraft draft)
    {
        var lines = TrimmedLines(draft);
        var text = string.Join('\n', lines);
        return new RawPost
        {
            Locator = $"line {draft.StartLine}",
            Line = draft.StartLine,
            Text = text,
            TitleHint = draft.Poll?.Question ?? TitleOf(lines),
            KindHint = draft.Poll is null ? PostKindHint.None : PostKindHint.Quiz,
            Poll = draft.Poll,
            Code = draft.Poll is null ? CodeBlocks.Find(lines) : [],
            Links = LinksIn(text),
            Hashtags = draft.Hashtags.Concat(InlineHashtags(text)).Distinct(StringComparer.Ordinal).ToList(),
            Media = draft.Media.ToList(),
            Reactions = draft.Reactions.ToList(),
        };
    }

    private static List<string> TrimmedLines(PostDraft draft)
    {
        var lines = new List<string>(draft.Lines.Count);
        foreach (var (_, text) in draft.Lines)
        {
            if (text.Length == 0 && (lines.Count == 0 || lines[^1].Length == 0))
            {
                continue;
            }

            lines.Add(text);
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary>A first line that asks, an emoji-led header, or "Задача про …" / "Вопрос: …".</summary>
    internal static string? TitleOf(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || lines[0].Length > MaximumTitleLength * 4)
        {
            return null;
        }

        var first = lines[0].Trim();
        var stripped = Emoji.StripLeading(first);
        if (stripped.Length == 0 || stripped.Length > MaximumTitleLength)
        {
            return null;
        }

        if (stripped.StartsWith("Вопрос:", StringComparison.OrdinalIgnoreCase) && stripped.Length > 8)
        {
            return stripped["Вопрос:".Length..].Trim();
        }

        var asks = stripped.EndsWith('?')
            || (stripped.Length <= MaximumHeaderLength && stripped[^1] is not ('.' or ':') && QuestionWords.Any(w => stripped.StartsWith(w, StringComparison.OrdinalIgnoreCase)));
        var header = Emoji.StartsWithDecoration(first) && stripped.Length <= MaximumHeaderLength && stripped[^1] is not (':' or ',') && lines.Count > 1;
        var task = stripped.StartsWith("Задача про", StringComparison.OrdinalIgnoreCase) || stripped.StartsWith("Задача:", StringComparison.OrdinalIgnoreCase);
        return asks || header || task ? stripped : null;
    }

    private static List<string> LinksIn(string text) =>
        Url().Matches(text).Select(m => m.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', '»', '"', '\'')).Distinct(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> InlineHashtags(string text) => InlineHashtag().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Url();

    [GeneratedRegex(@"(?<![\w#])#[\p{L}_][\p{L}\p{N}_]*")]
    private static partial Regex InlineHashtag();
}
