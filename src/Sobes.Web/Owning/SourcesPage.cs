using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Data.Library.Owning;
using Sobes.Data.Storage;
using Sobes.Web.Accounts;
using Sobes.Web.Editing;

namespace Sobes.Web.Owning;

/// <summary>The imported sources with their item counts; an editor deletes a source (and the items only it holds) or restores it.</summary>
[Authorize(Policy = SobesPolicies.Edit)]
public sealed class SourcesPage(SobesDatabase database, LibraryOwner owner) : PageModel
{
    public IReadOnlyList<SourceSummary> Sources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        Sources = await LibrarySources.ListAsync(db, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken cancellationToken) =>
        Done(await owner.DeleteSourcesAsync([id], EditingApi.EditorOf(User), cancellationToken));

    public async Task<IActionResult> OnPostRestoreAsync(long id, CancellationToken cancellationToken) =>
        Done(await owner.RestoreSourcesAsync([id], EditingApi.EditorOf(User), cancellationToken));

    private IActionResult Done(OwnershipResult result) => result.Missing.Count > 0 ? NotFound() : LocalRedirect("/sources");
}
