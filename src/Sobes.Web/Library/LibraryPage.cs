using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sobes.Data.Library;
using Sobes.Data.Search;
using Sobes.Data.Storage;
using Sobes.Web.Hosting;

namespace Sobes.Web.Library;

/// <summary>
/// The library: a list (newest post first unless sorted otherwise), or search hits with highlighted snippets; filtered
/// and paged. Ads are hidden unless asked for. Editors act on the whole filtered list at once (delete, restore,
/// dismiss from review) and can remove the bundled sample in one click.
/// </summary>
public sealed class LibraryPage(SobesDatabase database, Study.PracticeDesk desk, IAuthorizationService authorization, Data.Library.Owning.LibraryOwner owner) : PageModel
{
    /// <summary>The list states the page filters by: needs-answer, in-review, deleted.</summary>
    public static IReadOnlyList<string> States { get; } = ["needs-answer", "in-review", "deleted"];

    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Ads { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<LibraryRow> Rows { get; private set; } = [];

    /// <summary>Cards the learner has left to study today (due and new), for "N to study today · Start"; null for a visitor who may not study.</summary>
    public int? DueToday { get; private set; }

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<string> Sources { get; private set; } = [];

    public bool IsSearch => !string.IsNullOrWhiteSpace(Q);

    public bool IsFiltered => IsSearch || Kind is { Length: > 0 } || Topic is { Length: > 0 } || Source is { Length: > 0 } || State is { Length: > 0 };

    /// <summary>The sort in effect: the page's default is newest first.</summary>
    public LibrarySort Order => LibrarySorts.TryParse(Sort, out var sort) ? sort : LibrarySort.Newest;

    /// <summary>Whether the visitor may edit (bulk actions, removing the sample).</summary>
    public bool CanEdit { get; private set; }

    /// <summary>The sample's sources while it is in the library, for "Remove the sample".</summary>
    public IReadOnlyList<long> SampleSources { get; private set; } = [];

    /// <summary>How many items the last bulk action changed (after its redirect).</summary>
    [BindProperty(Name = "done", SupportsGet = true)]
    public int? Done { get; set; }

    /// <summary>Ads stay out unless asked for or the kind filter names them.</summary>
    private bool HideAds => !Ads && Kind != "ad";

    private LibraryFilter Filter() => new(One(Kind), One(Topic), One(Source))
    {
        HideAds = HideAds,
        NeedsAnswer = State == "needs-answer",
        InReview = State == "in-review",
        Deleted = State == "deleted",
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (SearchQuery.Problem(Q) is { } problem)
        {
            return BadRequest(problem);
        }

        PageNumber = Math.Max(1, PageNumber);
        if ((await authorization.AuthorizeAsync(User, Accounts.SobesPolicies.Study)).Succeeded)
        {
            var session = await desk.OpenAsync(Sobes.Data.Practice.SessionFilter.All, sync: true, cancellationToken);
            DueToday = (await session.NextAsync(null, cancellationToken)).Progress.Left;
        }

        CanEdit = (await authorization.AuthorizeAsync(User, Accounts.SobesPolicies.Edit)).Succeeded;
        var skip = (PageNumber - 1) * PageSize;
        await using var db = database.CreateContext();
        Sources = (await db.Sources.AsNoTracking().Where(s => s.DeletedAt == null).Select(s => s.Path).ToListAsync(cancellationToken))
            .Select(Path.GetFileName).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        if (CanEdit)
        {
            SampleSources = (await Data.Library.Owning.LibrarySources.ListAsync(db, cancellationToken)).Where(s => s.Sample && s.DeletedAt is null).Select(s => s.Id).ToList();
        }

        if (IsSearch)
        {
            var filter = new SearchFilter(One(Kind), One(Topic), One(Source), HideAds);
            var results = await database.Search.SearchAsync(new SearchQuery(Q!, filter, skip, PageSize), cancellationToken);
            Total = results.Total;
            var ids = results.Hits.Select(h => h.Id).ToList();
            var topics = await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.Topics, i.Merged })
                .ToDictionaryAsync(i => i.Id, cancellationToken);
            Rows = results.Hits.Select(h => new LibraryRow(h.Id, h.Kind, h.Title,
                topics.TryGetValue(h.Id, out var t) ? SplitTopics(t.Topics) : [], topics.TryGetValue(h.Id, out var m) ? m.Merged : 1, h.Snippet)).ToList();
        }
        else
        {
            var filter = Filter();
            Total = await LibraryQueries.CountAsync(db, filter, cancellationToken);
            Rows = (await LibraryQueries.ListAsync(db, filter, Order, skip, PageSize, cancellationToken))
                .Select(s => new LibraryRow(s.Id, s.Kind, s.Title, s.Topics, s.Merged, null) { Review = s.Review }).ToList();
        }

        return Page();
    }

    /// <summary>Applies delete, restore or dismiss to every item of the filtered list (not a search: its hits are ranked, not listed).</summary>
    public async Task<IActionResult> OnPostBulkAsync(string action, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Accounts.SobesPolicies.Edit)).Succeeded)
        {
            return Forbid();
        }

        var bulk = action switch
        {
            "delete" => (Data.Library.Owning.BulkAction?)Data.Library.Owning.BulkAction.Delete,
            "restore" => Data.Library.Owning.BulkAction.Restore,
            "dismiss" => Data.Library.Owning.BulkAction.Dismiss,
            _ => null,
        };
        if (bulk is null || IsSearch || !IsFiltered)
        {
            return BadRequest("A bulk action takes delete, restore or dismiss, on a filtered list (not a search, not the whole library).");
        }

        var result = await owner.ApplyAsync(bulk.Value, Filter(), Sobes.Web.Editing.EditingApi.EditorOf(User), cancellationToken);
        return LocalRedirect(Link(done: result.Changed.Count));
    }

    /// <summary>Deletes the bundled sample's sources (and the items only they hold) in one action.</summary>
    public async Task<IActionResult> OnPostRemoveSampleAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Accounts.SobesPolicies.Edit)).Succeeded)
        {
            return Forbid();
        }

        IReadOnlyList<long> sample;
        await using (var db = database.CreateContext())
        {
            sample = await Data.Library.Owning.LibrarySources.SampleAsync(db, cancellationToken);
        }

        var result = await owner.DeleteSourcesAsync(sample, Sobes.Web.Editing.EditingApi.EditorOf(User), cancellationToken);
        return LocalRedirect(Link(done: result.Items.Count));
    }

    /// <summary>The current query with some values replaced (null removes one).</summary>
    public string Link(int? page = null, string? kind = "", string? topic = "", string? source = "", int? done = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q,
            ["kind"] = kind == "" ? Kind : kind,
            ["topic"] = topic == "" ? Topic : topic,
            ["source"] = source == "" ? Source : source,
            ["sort"] = Sort,
            ["state"] = State,
            ["ads"] = Ads ? "true" : null,
            ["p"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            ["done"] = done?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/", values.Where(v => !string.IsNullOrEmpty(v.Value)));
        return query;
    }

    /// <summary>The Anki package of the items the current filters (not a search) pick, with the learner's progress.</summary>
    public string PackageLink()
    {
        var values = new Dictionary<string, string?> { ["kind"] = Kind, ["topic"] = Topic, ["source"] = Source, ["progress"] = "true" };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/api/v1/export.apkg", values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    private static string[]? One(string? value) => string.IsNullOrWhiteSpace(value) ? null : [value.Trim()];

    private static IReadOnlyList<string> SplitTopics(string stored) => stored.Split('|', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A line of the library list; <see cref="Snippet"/> is set for search hits.</summary>
public sealed record LibraryRow(long Id, string Kind, string Title, IReadOnlyList<string> Topics, int Merged, string? Snippet)
{
    /// <summary>Why the item is in review (reason names), for the list's marks.</summary>
    public IReadOnlyList<string> Review { get; init; } = [];
}
