using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Data.Library;
using Sobes.Data.Library.Owning;
using Sobes.Data.Storage;
using Sobes.Web.Accounts;
using Sobes.Web.Editing;

namespace Sobes.Web.Owning;

/// <summary>The review queue: items an import left for an editor, each with why; fix one on its edit page or dismiss it.</summary>
[Authorize(Policy = SobesPolicies.Edit)]
public sealed class ReviewPage(SobesDatabase database, LibraryOwner owner) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ItemSummary> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var filter = new LibraryFilter { InReview = true };
        await using var db = database.CreateContext();
        Total = await LibraryQueries.CountAsync(db, filter, cancellationToken);
        Items = await LibraryQueries.ListAsync(db, filter, LibrarySort.Id, (PageNumber - 1) * PageSize, PageSize, cancellationToken);
    }

    public async Task<IActionResult> OnPostDismissAsync(long id, CancellationToken cancellationToken)
    {
        var result = await owner.DismissAsync([id], EditingApi.EditorOf(User), cancellationToken);
        return result.Missing.Count > 0 ? NotFound() : LocalRedirect(PageNumber > 1 ? $"/review?p={PageNumber}" : "/review");
    }
}
