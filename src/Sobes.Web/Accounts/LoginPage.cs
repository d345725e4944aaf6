using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Sobes.Data.Accounts;

namespace Sobes.Web.Accounts;

/// <summary>Sign-in with a user name and password; failures count towards the account's lockout.</summary>
[ServerModeOnly]
[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginPage(SignInManager<UserRecord> signIn, IConfiguration configuration) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public bool Remember { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    public bool LockedOut { get; private set; }

    public bool RegistrationOpen => AccountServices.RegistrationOpen(configuration);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, Remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        LockedOut = result.IsLockedOut;
        Failed = !LockedOut;
        Password = "";
        return Page();
    }
}
