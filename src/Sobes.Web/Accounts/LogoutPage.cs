using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Data.Accounts;

namespace Sobes.Web.Accounts;

/// <summary>Signing out is a POST (with the antiforgery token); a GET only shows the button.</summary>
[ServerModeOnly]
public sealed class LogoutPage(SignInManager<UserRecord> signIn, UserManager<UserRecord> users) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp invalidates every cookie issued before, not only this browser's copy.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/login");
    }
}
