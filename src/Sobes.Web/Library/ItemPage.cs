using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Data.Library;
using Sobes.Data.Practice;
using Sobes.Data.Search;
using Sobes.Data.Storage;
using Sobes.Web.Hosting;

namespace Sobes.Web.Library;

/// <summary>
/// One item with everything it was built from, its nearest neighbours in the library (ads left out), and the learner's
/// cards of it (each can be suspended and brought back) with the problems solved from it. A deleted item's page says so
/// and offers an editor to restore it.
/// </summary>
public sealed class ItemPage(SobesDatabase database, Study.PracticeDesk desk, IAuthorizationService authorization, Data.Library.Owning.LibraryOwner owner) : PageModel
{
    /// <summary>Whether the visitor may delete or restore the item.</summary>
    public bool CanEdit { get; private set; }

    public ItemView Item { get; private set; } = null!;

    /// <summary>The learner's cards of this item that generation makes, suspended ones included.</summary>
    public IReadOnlyList<LearnerCard> Cards { get; private set; } = [];

    /// <summary>The learner's solved problems of this item (its post, a generated problem), latest first.</summary>
    public IReadOnlyList<SolvedProblem> Solved { get; private set; } = [];

    public IReadOnlyList<SearchHit> Similar { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        await using (var db = database.CreateContext())
        {
            if (await LibraryQueries.GetAsync(db, id, withDeleted: true, cancellationToken) is not { } item)
            {
                // An item merged into another lives on there.
                return await Data.Library.Editing.EditLog.AbsorbedIntoAsync(db, id, cancellationToken) is { } holder
                    ? LocalRedirect($"/items/{holder}")
                    : NotFound();
            }

            Item = item;
        }

        CanEdit = (await authorization.AuthorizeAsync(User, Accounts.SobesPolicies.Edit)).Succeeded;
        Similar = await database.Search.SimilarAsync(id, 6, new SearchFilter(null, null, null, HideAds: true), cancellationToken);
        var session = await desk.OpenAsync(SessionFilter.All, sync: true, cancellationToken);
        Cards = await session.ItemCardsAsync(id, cancellationToken);
        Solved = await session.SolvedAsync(id, cancellationToken);
        return Page();
    }

    /// <summary>Suspends the learner's card of this item (or, with <paramref name="suspend"/> false, brings it back).</summary>
    public async Task<IActionResult> OnPostSuspendAsync(long id, long cardId, bool suspend, CancellationToken cancellationToken)
    {
        var session = await desk.OpenAsync(SessionFilter.All, sync: false, cancellationToken);
        if (!(await session.ItemCardsAsync(id, cancellationToken)).Any(c => c.CardId == cardId)
            || await session.SuspendAsync(cardId, suspend, cancellationToken) is null)
        {
            return NotFound();
        }

        return LocalRedirect($"/items/{id}#cards");
    }

    public Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken cancellationToken) =>
        ChangeAsync(id, editor => owner.DeleteItemsAsync([id], editor, cancellationToken));

    public Task<IActionResult> OnPostRestoreAsync(long id, CancellationToken cancellationToken) =>
        ChangeAsync(id, editor => owner.RestoreItemsAsync([id], editor, cancellationToken));

    private async Task<IActionResult> ChangeAsync(long id, Func<string, Task<Data.Library.Owning.OwnershipResult>> change)
    {
        if (!(await authorization.AuthorizeAsync(User, Accounts.SobesPolicies.Edit)).Succeeded)
        {
            return Forbid();
        }

        var result = await change(Sobes.Web.Editing.EditingApi.EditorOf(User));
        return result.Missing.Count > 0 ? NotFound() : LocalRedirect($"/items/{id}");
    }

    /// <summary>The question, when it says more than the title does.</summary>
    public string? Question => Item.Question is { Length: > 0 } q && !string.Equals(q.Trim(), Item.Title.Trim(), StringComparison.Ordinal) ? q : null;

    /// <summary>What to show as the main text: the answer, else the body unless the options already say it all.</summary>
    public string? MainText => Item.Answer is { Length: > 0 } answer ? answer
        : Item.Options.Count > 0 || string.Equals(Item.Body.Trim(), (Question ?? Item.Title).Trim(), StringComparison.Ordinal) ? null
        : Item.Body;
}
