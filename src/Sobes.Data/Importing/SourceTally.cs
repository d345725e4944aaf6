using Sobes.Core.Library;
using Sobes.Core.Posts;

namespace Sobes.Data.Importing;

internal sealed class SourceTally
{
    private readonly Dictionary<ItemKind, int> byKind = [];

    public int PostsRead { get; set; }

    public int ReviewsImported { get; set; }

    public int ChromeDropped { get; set; }

    public int New { get; private set; }

    public int Merged { get; private set; }

    public int Updated { get; private set; }

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
            case AcceptOutcome.Updated:
                Updated++;
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
        ItemsUpdated = Updated,
        ItemsUnchanged = Unchanged,
        ChromeDropped = ChromeDropped,
        ReviewsImported = ReviewsImported,
        ByKind = new Dictionary<ItemKind, int>(byKind),
        Diagnostics = diagnostics,
    };
}
