using System.Globalization;
using System.Text;
using Sobes.Core.Posts;

namespace Sobes.Import.Tests.PlainText;

/// <summary>Renders a batch to stable text for golden comparison: every field a reader fills, one per line.</summary>
internal static class BatchText
{
    public static string Render(ImportBatch batch)
    {
        var text = new StringBuilder();
        text.Append("source: ").Append(batch.Source.Path).Append('\n');
        if (batch.ChannelTitle is { } title)
        {
            text.Append("channel: ").Append(title).Append('\n');
        }

        if (batch.ChromeLinesDropped > 0)
        {
            text.Append("chrome: ").Append(batch.ChromeLinesDropped).Append(" lines dropped\n");
        }
        foreach (var diagnostic in batch.Diagnostics)
        {
            text.Append("diagnostic: ").Append(diagnostic).Append('\n');
        }

        foreach (var post in batch.Posts)
        {
            text.Append('\n').Append("post ").Append(post.Locator).Append(" (line ").Append(post.Line).Append(")\n");
            Field(text, "title", post.TitleHint);
            Field(text, "kind", post.KindHint == PostKindHint.None ? null : post.KindHint.ToString());
            if (post.Poll is { } poll)
            {
                text.Append("  poll: ").Append(poll.IsQuiz ? "quiz" : "poll").Append(" | ").Append(poll.Question).Append('\n');
                foreach (var option in poll.Options)
                {
                    text.Append("    ").Append(option.Share?.ToString("0.00", CultureInfo.InvariantCulture) ?? "?").Append(' ').Append(option.Text).Append('\n');
                }
            }

            Field(text, "media", Join(post.Media));
            Field(text, "reactions", Join(post.Reactions.Select(r => $"{r.Emoji}{r.Count}")));
            Field(text, "hashtags", Join(post.Hashtags));
            Field(text, "links", Join(post.Links));
            foreach (var code in post.Code)
            {
                text.Append("  code (").Append(code.Language ?? "?").Append("):\n");
                Indented(text, code.Text);
            }

            text.Append("  text:\n");
            Indented(text, post.Text);
        }

        return text.ToString();
    }

    private static string? Join(IEnumerable<string> values)
    {
        var joined = string.Join(" · ", values);
        return joined.Length == 0 ? null : joined;
    }

    private static void Field(StringBuilder text, string name, string? value)
    {
        if (value is not null)
        {
            text.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
        }
    }

    private static void Indented(StringBuilder text, string block)
    {
        foreach (var line in block.Split('\n'))
        {
            text.Append("    | ").Append(line).Append('\n');
        }
    }
}
