using System.Globalization;
using System.Net;
using System.Text;

namespace Sobes.Data.Library;

/// <summary>Writes a study sheet as Markdown or as a printable HTML page (every text encoded, so it shows as text).</summary>
public static class StudySheetWriter
{
    public static IReadOnlyList<string> Formats { get; } = ["md", "html"];

    public static string Write(StudySheet sheet, string format) => format switch
    {
        "md" => Markdown(sheet),
        "html" => Html(sheet),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "md or html"),
    };

    public static string Markdown(StudySheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var md = new StringBuilder();
        md.Append("# ").Append(sheet.Topic.NameEn).Append(" / ").Append(sheet.Topic.NameRu).Append("\n\n");
        Section(md, "Notes", sheet.Notes);
        Section(md, "Questions and answers", sheet.Questions);
        if (sheet.Sources.Count > 0)
        {
            md.Append("## Sources\n\n");
            foreach (var source in sheet.Sources)
            {
                md.Append(source.Number.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(Escape(source.Source));
                md.Append(source.Title is { Length: > 0 } title ? " — " + Escape(title) : "").Append('\n');
            }
        }

        return md.ToString();
    }

    public static string Html(StudySheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var html = new StringBuilder();
        var title = Encode(sheet.Topic.NameEn + " / " + sheet.Topic.NameRu);
        html.Append("<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(title).Append("</title>\n")
            .Append("<style>body{font:11pt/1.45 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em}h1{font-size:18pt}")
            .Append("h2{font-size:14pt;border-bottom:1px solid #999;margin-top:1.6em}h3{font-size:11.5pt;margin:1.2em 0 .3em}")
            .Append(".text{white-space:pre-wrap}.q{font-style:italic}.cite{color:#555;font-size:9pt}article{break-inside:avoid}")
            .Append("@media print{body{margin:0}a{color:inherit;text-decoration:none}}</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(title).Append("</h1>\n");
        HtmlSection(html, "Notes", sheet.Notes);
        HtmlSection(html, "Questions and answers", sheet.Questions);
        if (sheet.Sources.Count > 0)
        {
            html.Append("<h2>Sources</h2>\n<ol class=\"sources\">\n");
            foreach (var source in sheet.Sources)
            {
                html.Append("<li id=\"source-").Append(source.Number.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(Encode(source.Source))
                    .Append(source.Title is { Length: > 0 } t ? " — " + Encode(t) : "").Append("</li>\n");
            }

            html.Append("</ol>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void Section(StringBuilder md, string heading, IReadOnlyList<StudySheetEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        md.Append("## ").Append(heading).Append("\n\n");
        foreach (var entry in entries)
        {
            md.Append("### ").Append(Escape(entry.Heading)).Append('\n');
            if (entry.Question is { } question)
            {
                md.Append('\n').Append(Escape(question)).Append('\n');
            }

            md.Append('\n').Append(Escape(entry.Text)).Append('\n');
            if (entry.Sources.Count > 0)
            {
                md.Append("\nSources: ").Append(string.Join(", ", entry.Sources.Select(n => "[" + n.ToString(CultureInfo.InvariantCulture) + "]"))).Append('\n');
            }

            md.Append('\n');
        }
    }

    private static void HtmlSection(StringBuilder html, string heading, IReadOnlyList<StudySheetEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        html.Append("<h2>").Append(heading).Append("</h2>\n");
        foreach (var entry in entries)
        {
            html.Append("<article>\n<h3>").Append(Encode(entry.Heading)).Append("</h3>\n");
            if (entry.Question is { } question)
            {
                html.Append("<p class=\"q text\">").Append(Encode(question)).Append("</p>\n");
            }

            html.Append("<div class=\"text\">").Append(Encode(entry.Text)).Append("</div>\n");
            if (entry.Sources.Count > 0)
            {
                html.Append("<p class=\"cite\">").Append(string.Join(" ", entry.Sources.Select(n =>
                    $"<a href=\"#source-{n.ToString(CultureInfo.InvariantCulture)}\">[{n.ToString(CultureInfo.InvariantCulture)}]</a>"))).Append("</p>\n");
            }

            html.Append("</article>\n");
        }
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    // Markdown's own characters at a line's start, and HTML, shown as text.
    private static string Escape(string text) => WebUtility.HtmlEncode(text).Replace("\n#", "\n\\#", StringComparison.Ordinal);
}
