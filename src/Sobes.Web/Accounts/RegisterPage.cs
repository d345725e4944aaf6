using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Sobes.Data.Accounts;
using Sobes.Web.Localization;

namespace Sobes.Web.Accounts;

/// <summary>
/// Registration, unless <c>Sobes:Registration=closed</c>. Every account is a learner with a learner of its own;
/// the first account of a database is also the admin.
/// </summary>
[ServerModeOnly]
[EnableRateLimiting(RateLimits.Login)]
public sealed class RegisterPage(UserAccounts accounts, UserManager<UserRecord> users, SignInManager<UserRecord> signIn, IConfiguration configuration, Texts texts) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public string Confirm { get; set; } = "";

    public bool Closed => !AccountServices.RegistrationOpen(configuration);

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IActionResult OnGet() => Closed ? Refused() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Closed)
        {
            return Refused();
        }

        var name = UserName.Trim();
        if (Password != Confirm)
        {
            Errors = [texts["accounts.mismatch"]];
            return Page();
        }

        var first = !await accounts.AnyAsync(cancellationToken);
        var result = await accounts.CreateAsync(name, Password, admin: first, cancellationToken);
        if (!result.Succeeded)
        {
            Errors = result.Errors.Select(Describe).Distinct().ToList();
            return Page();
        }

        var user = await users.FindByNameAsync(name) ?? throw new InvalidOperationException("The account just created is missing.");
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(first ? "/account" : "/");
    }

    private PageResult Refused()
    {
        var page = Page();
        page.StatusCode = StatusCodes.Status403Forbidden;
        return page;
    }

    private string Describe(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateUserName) => texts["accounts.taken"],
        nameof(IdentityErrorDescriber.InvalidUserName) => texts["accounts.badName"],
        nameof(IdentityErrorDescriber.PasswordTooShort) or nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => texts["accounts.weak"],
        _ => error.Description,
    };
}
