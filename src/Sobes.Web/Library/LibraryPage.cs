using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sobes.Data.Library;
using Sobes.Data.Search;
using Sobes.Data.Storage;
using Sobes.Web.Hosting;

namespace Sobes.Web.Library;

/// <summary>The library: a list in id order, or search hits with highlighted snippets; filtered and paged.</summary>
public sealed class LibraryPage(SobesDatabase database, Study.PracticeDesk desk, IAuthorizationService authorization) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<LibraryRow> Rows { get; private set; } = [];

    /// <summary>Cards the learner has left to study today (due and new), for "N to study today · Start"; null for a visitor who may not study.</summary>
    public int? DueToday { get; private set; }

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<string> Sources { get; private set; } = [];

    public bool IsSearch => !string.IsNullOrWhiteSpace(Q);

    public bool IsFiltered => IsSearch || Kind is { Length: > 0 } || Topic is { Length: > 0 } || Source is { Length: > 0 };

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

        var skip = (PageNumber - 1) * PageSize;
        await using var db = database.CreateContext();
        Sources = (await db.Sources.AsNoTracking().Select(s => s.Path).ToListAsync(cancellationToken))
            .Select(Path.GetFileName).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        if (IsSearch)
        {
            var filter = new SearchFilter(One(Kind), One(Topic), One(Source));
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
            var filter = new LibraryFilter(One(Kind), One(Topic), One(Source));
            Total = await LibraryQueries.CountAsync(db, filter, cancellationToken);
            Rows = (await LibraryQueries.ListAsync(db, filter, skip, PageSize, cancellationToken))
                .Select(s => new LibraryRow(s.Id, s.Kind, s.Title, s.Topics, s.Merged, null)).ToList();
        }

        return Page();
    }

    /// <summary>The current query with some values replaced (null removes one).</summary>
    public string Link(int? page = null, string? kind = "", string? topic = "", string? source = "")
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q,
            ["kind"] = kind == "" ? Kind : kind,
            ["topic"] = topic == "" ? Topic : topic,
            ["source"] = source == "" ? Source : source,
            ["p"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
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
public sealed record LibraryRow(long Id, string Kind, string Title, IReadOnlyList<string> Topics, int Merged, string? Snippet);
