using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Core.Library;
using Sobes.Data.Library;
using Sobes.Data.Library.Editing;
using Sobes.Data.Search;
using Sobes.Data.Storage;
using Sobes.Web.Accounts;
using Sobes.Web.Hosting;

namespace Sobes.Web.Editing;

/// <summary>An editor fixes one item: its fields, a merge with another item, a split of a merged one; with the item's edit history.</summary>
[Authorize(Policy = SobesPolicies.Edit)]
public sealed class EditPage(SobesDatabase database, LibraryEditor editor) : PageModel
{
    public ItemView Item { get; private set; } = null!;

    public IReadOnlyList<ProvenanceView> Provenances { get; private set; } = [];

    public IReadOnlyList<SearchHit> Similar { get; private set; } = [];

    public IReadOnlyList<EditEntry> History { get; private set; } = [];

    public IReadOnlyList<EditError> Errors { get; private set; } = [];

    [BindProperty]
    public EditForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Form = EditForm.Of(Item);
        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync(long id, CancellationToken cancellationToken) =>
        await ApplyAsync(id, () => editor.EditAsync(id, Form.ToEdit(Item), EditingApi.EditorOf(User), cancellationToken), r => $"/items/{r.ItemId}", true, cancellationToken);

    public async Task<IActionResult> OnPostMergeAsync(long id, long otherId, CancellationToken cancellationToken) =>
        await ApplyAsync(id, () => editor.MergeAsync(id, otherId, EditingApi.EditorOf(User), cancellationToken), r => $"/items/{r.ItemId}", false, cancellationToken);

    public async Task<IActionResult> OnPostSplitAsync(long id, long provenanceId, CancellationToken cancellationToken) =>
        await ApplyAsync(id, () => editor.SplitAsync(id, provenanceId, EditingApi.EditorOf(User), cancellationToken), r => $"/items/{r.ItemId}/edit", false, cancellationToken);

    private async Task<IActionResult> ApplyAsync(long id, Func<Task<EditResult>> operation, Func<EditResult, string> next, bool formPosted, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var result = await operation();

        if (result.Succeeded)
        {
            return LocalRedirect(next(result));
        }

        Errors = result.Errors;
        if (!formPosted)
        {
            // Only the edit form posts the item's fields; after a refused merge or split the form shows the item again.
            Form = EditForm.Of(Item);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        await using (var db = database.CreateContext())
        {
            if (await LibraryQueries.GetAsync(db, id, cancellationToken) is not { } item)
            {
                return false;
            }

            Item = item;
            Provenances = await ItemProvenances.ListAsync(db, id, cancellationToken);
            History = await EditLog.HistoryAsync(db, id, cancellationToken);
        }

        Similar = await database.Search.SimilarAsync(id, 6, cancellationToken: cancellationToken);
        return true;
    }
}

/// <summary>The edit form's fields; every field is sent, and only those that differ from the item change.</summary>
public sealed class EditForm
{
    public string Title { get; set; } = "";

    public string Kind { get; set; } = "";

    /// <summary>The right option, or empty to leave the key as it is.</summary>
    public int? Key { get; set; }

    public List<string> Topics { get; set; } = [];

    public string? Question { get; set; }

    public string? Answer { get; set; }

    public string Body { get; set; } = "";

    public static EditForm Of(ItemView item) => new()
    {
        Title = item.Title,
        Kind = item.Kind,
        Key = item.Key?.Source == KeySource.User ? item.Key.Option : null,
        Topics = [.. item.Topics],
        Question = item.Question,
        Answer = item.Answer,
        Body = item.Body,
    };

    public ItemEdit ToEdit(ItemView item) => new()
    {
        Title = Title ?? "",
        Kind = Kind,
        Key = Key is { } key && (item.Key is not { } current || current.Option != key || current.Source != KeySource.User) ? key : null,
        Topics = Topics,
        Question = Question ?? "",
        Answer = Answer ?? "",
        Body = Body ?? "",
    };
}
