using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sobes.Data.Accounts;
using Sobes.Data.Storage;

namespace Sobes.Web.Accounts;

/// <summary>The signed-in user's account: roles and personal API tokens (a new token is shown once, then only its prefix).</summary>
[ServerModeOnly]
public sealed class AccountPage(SobesDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<string> Roles { get; private set; } = [];

    public IReadOnlyList<ApiTokenRecord> Tokens { get; private set; } = [];

    /// <summary>The token just created: on this response only.</summary>
    public string? NewToken { get; private set; }

    public bool NameMissing { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string? name, CancellationToken cancellationToken)
    {
        var userId = Me();
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            NameMissing = true;
            await LoadAsync(cancellationToken);
            return Page();
        }

        var (_, token) = ApiTokens.Issue(db, userId, name, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        NewToken = token;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken cancellationToken)
    {
        var userId = Me();
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == userId, cancellationToken);
        if (token is null)
        {
            return NotFound();
        }

        token.RevokedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    private long Me() => CurrentLearner.UserId(User) ?? throw new InvalidOperationException("The account page needs a signed-in user.");

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        // A token is on this page once; no cache may keep it.
        Response.Headers.CacheControl = "no-store";
        var userId = Me();
        Roles = await (from ur in db.UserRoles
                       join r in db.Roles on ur.RoleId equals r.Id
                       where ur.UserId == userId
                       orderby r.Name
                       select r.Name!).ToListAsync(cancellationToken);
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(cancellationToken);
        Tokens = tokens.OrderBy(t => t.RevokedAt is not null).ThenByDescending(t => t.CreatedAt).ToList();
    }
}
