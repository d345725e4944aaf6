using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Data.Library;
using Sobes.Data.Search;
using Sobes.Data.Storage;
using Sobes.Web.Hosting;

namespace Sobes.Web.Library;

/// <summary>One item with everything it was built from, and its nearest neighbours in the library.</summary>
public sealed class ItemPage(SobesDatabase database) : PageModel
{
    public ItemView Item { get; private set; } = null!;

    public IReadOnlyList<SearchHit> Similar { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        await using (var db = database.CreateContext())
        {
            if (await LibraryQueries.GetAsync(db, id, cancellationToken) is not { } item)
            {
                // An item merged into another lives on there.
                return await Data.Library.Editing.EditLog.AbsorbedIntoAsync(db, id, cancellationToken) is { } holder
                    ? LocalRedirect($"/items/{holder}")
                    : NotFound();
            }

            Item = item;
        }

        Similar = await database.Search.SimilarAsync(id, 6, cancellationToken: cancellationToken);
        return Page();
    }

    /// <summary>The question, when it says more than the title does.</summary>
    public string? Question => Item.Question is { Length: > 0 } q && !string.Equals(q.Trim(), Item.Title.Trim(), StringComparison.Ordinal) ? q : null;

    /// <summary>What to show as the main text: the answer, else the body unless the options already say it all.</summary>
    public string? MainText => Item.Answer is { Length: > 0 } answer ? answer
        : Item.Options.Count > 0 || string.Equals(Item.Body.Trim(), (Question ?? Item.Title).Trim(), StringComparison.Ordinal) ? null
        : Item.Body;
}
