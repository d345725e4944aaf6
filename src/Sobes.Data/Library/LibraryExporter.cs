using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Sobes.Data.Storage;

namespace Sobes.Data.Library;

/// <summary>Writes the library as JSON Lines (one item per line), CSV or Markdown.</summary>
public static class LibraryExporter
{
    public static IReadOnlyList<string> Formats { get; } = ["jsonl", "csv", "md"];

    /// <summary>The JSON shape of items everywhere Sobes prints them: snake_case names, UTF-8 text unescaped.</summary>
    public static JsonSerializerOptions Json { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    /// <summary>Writes every item matching the filter; returns how many were written.</summary>
    public static async Task<int> ExportAsync(SobesDbContext db, string format, TextWriter output, LibraryFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var count = 0;
        if (format == "csv")
        {
            await output.WriteLineAsync("id,kind,title,question,answer,topics,hashtags,links,sources,merged".AsMemory(), cancellationToken);
        }

        await foreach (var item in LibraryQueries.StreamAsync(db, filter ?? LibraryFilter.All, cancellationToken))
        {
            var text = format switch
            {
                "jsonl" => JsonSerializer.Serialize(item, Json),
                "csv" => Csv(item),
                "md" => Markdown(item),
                _ => throw new ArgumentOutOfRangeException(nameof(format), format, "jsonl, csv or md"),
            };
            await output.WriteLineAsync(text.AsMemory(), cancellationToken);
            count++;
        }

        await output.FlushAsync(cancellationToken);
        return count;
    }

    private static string Csv(ItemView i) => string.Join(',',
        i.Id.ToString(CultureInfo.InvariantCulture), Field(i.Kind), Field(i.Title), Field(i.Question), Field(i.Answer),
        Field(string.Join(';', i.Topics)), Field(string.Join(';', i.Hashtags)), Field(string.Join(' ', i.Links)),
        Field(string.Join(';', i.Sources.Select(s => s.Source + "#" + s.Locator))), i.Merged.ToString(CultureInfo.InvariantCulture));

    // RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula.
    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var v = value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
    }

    // HTML in imported text is encoded so a Markdown renderer shows it as text.
    private static string Markdown(ItemView i)
    {
        var sb = new StringBuilder();
        sb.Append("## ").Append(Md(i.Title)).Append("\n\n");
        sb.Append('*').Append(i.Kind).Append(i.Topics.Count > 0 ? " · " + string.Join(", ", i.Topics) : "").Append("*\n\n");
        if (i.Question is { } q && !string.Equals(q, i.Title, StringComparison.Ordinal))
        {
            sb.Append("**Q:** ").Append(Md(q)).Append("\n\n");
        }

        for (var o = 0; o < i.Options.Count; o++)
        {
            var share = i.Options[o].Share is { } s ? $" ({s:P0})" : "";
            var mark = i.Key?.Option == o ? (i.Key.Source == Core.Library.KeySource.Crowd ? " ← crowd" : " ✓") : "";
            sb.Append("- ").Append(Md(i.Options[o].Text)).Append(share).Append(mark).Append('\n');
        }

        if (i.Options.Count > 0)
        {
            sb.Append('\n');
        }

        sb.Append(Md(i.Answer ?? (i.Options.Count > 0 ? "" : i.Body))).Append("\n\n");
        foreach (var source in i.Sources)
        {
            sb.Append("> ").Append(Md(source.Source)).Append(", ").Append(Md(source.Locator)).Append('\n');
        }

        return sb.ToString();
    }

    private static string Md(string text) => WebUtility.HtmlEncode(text).Replace("&#39;", "'", StringComparison.Ordinal).Replace("&quot;", "\"", StringComparison.Ordinal);
}
