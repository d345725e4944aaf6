using System.Globalization;
using System.Text;
using Sobes.Core.Posts;

namespace Sobes.Import.Tests.TelegramJson;

/// <summary>Renders a batch to a stable, readable text form for golden files.</summary>
internal static class BatchText
{
    public static string Render(ImportBatch batch)
    {
        var text = new StringBuilder();
        foreach (var post in batch.Posts)
        {
            text.Append("== ").Append(post.Locator).Append(" (line ").Append(post.Line).Append(")\n");
            Field(text, "date", post.Date?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            Field(text, "title", post.TitleHint);
            Field(text, "kind", post.KindHint == PostKindHint.None ? null : post.KindHint.ToString());
            Field(text, "forwarded", post.ForwardedFrom);
            Field(text, "views", post.Views?.ToString(CultureInfo.InvariantCulture));
            text.Append("text:\n").Append(Indent(post.Text)).Append('\n');
            if (post.Poll is { } poll)
            {
                text.Append("poll: ").Append(poll.Question).Append(poll.IsQuiz ? " [quiz]" : "")
                    .Append(poll.TotalVoters is { } total ? $" (voters {total})" : "").Append('\n');
                foreach (var option in poll.Options)
                {
                    text.Append("  - ").Append(option.Text)
                        .Append(option.Share is { } share ? " " + share.ToString("0.###", CultureInfo.InvariantCulture) : "")
                        .Append(option.Votes is { } votes ? $" ({votes})" : "").Append('\n');
                }
            }

            foreach (var code in post.Code)
            {
                text.Append("code ").Append(code.Language ?? "-").Append(":\n").Append(Indent(code.Text)).Append('\n');
            }

            List(text, "links", post.Links);
            List(text, "hashtags", post.Hashtags);
            List(text, "media", post.Media);
            List(text, "reactions", post.Reactions.Select(r => $"{r.Emoji} {r.Count}").ToList());
        }

        foreach (var diagnostic in batch.Diagnostics)
        {
            text.Append("!! ").Append(diagnostic).Append('\n');
        }

        return text.ToString();
    }

    private static void Field(StringBuilder text, string name, string? value)
    {
        if (value is not null)
        {
            text.Append(name).Append(": ").Append(value).Append('\n');
        }
    }

    private static void List(StringBuilder text, string name, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            text.Append(name).Append(": ").AppendJoin(" | ", values).Append('\n');
        }
    }

    private static string Indent(string value) => string.Join('\n', value.Split('\n').Select(l => "  | " + l));
}
