using Sobes.Core.Library;
using Sobes.Core.Posts;

namespace Sobes.Data.Importing;

internal sealed class SourceTally
{
    private readonly Dictionary<ItemKind, int> byKind = [];

    public int PostsRead { get; set; }

    public int ChromeDropped { get; set; }

    public int New { get; private set; }

    public int Merged { get; private set; }

    public int Unchanged { get; private set; }

    public void Count(AcceptOutcome outcome, ItemKind kind)
    {
        switch (outcome)
        {
            case AcceptOutcome.New:
                New++;
                byKind[kind] = byKind.GetValueOrDefault(kind) + 1;
                break;
            case AcceptOutcome.Merged:
                Merged++;
                break;
            default:
                Unchanged++;
                break;
        }
    }

    public SourceReport ToReport(string path, string format, string? title, IReadOnlyList<Diagnostic> diagnostics) => new()
    {
        Path = path,
        Format = format,
        Title = title,
        PostsRead = PostsRead,
        ItemsNew = New,
        ItemsMerged = Merged,
        ItemsUnchanged = Unchanged,
        ChromeDropped = ChromeDropped,
        ByKind = new Dictionary<ItemKind, int>(byKind),
        Diagnostics = diagnostics,
    };
}

internal static class Titles
{
    /// <summary>A reader that drops chrome itself reports it in an info diagnostic "chrome: N lines dropped".</summary>
    public static int ChromeFrom(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Info && d.Message.StartsWith("chrome: ", StringComparison.Ordinal))
            .Sum(d => int.TryParse(d.Message.AsSpan(8, d.Message.IndexOf(' ', 8) - 8), out var n) ? n : 0);

    /// <summary>A reader may name the channel in an info diagnostic "channel: NAME".</summary>
    public static string? From(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Info && d.Message.StartsWith("channel: ", StringComparison.Ordinal))
            .Select(d => d.Message["channel: ".Length..].Trim()).FirstOrDefault();
}
