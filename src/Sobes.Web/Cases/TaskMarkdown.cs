using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Sobes.Web.Cases;

/// <summary>
/// The case's task as HTML: its Markdown is our own and small (a heading, paragraphs, `code`), so the text is
/// encoded and only those three are turned into elements.
/// </summary>
internal static class TaskMarkdown
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static IHtmlContent Render(string markdown)
    {
        var html = new StringBuilder();
        var paragraphs = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.StartsWith("# ", StringComparison.Ordinal))
            {
                html.Append("<h2>").Append(Inline(paragraph[2..])).Append("</h2>");
                continue;
            }

            html.Append("<p>").Append(Inline(string.Join(' ', paragraph.Split('\n', StringSplitOptions.TrimEntries)))).Append("</p>");
        }

        return new HtmlString(html.ToString());
    }

    private static string Inline(string text)
    {
        var parts = text.Split('`');
        var html = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            var encoded = Encoder.Encode(parts[i]);
            html.Append(i % 2 == 1 && i < parts.Length - 1 ? "<code>" + encoded + "</code>" : encoded);
        }

        return html.ToString();
    }
}
