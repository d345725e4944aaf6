using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Data.Accounts;

namespace Sobes.Web.Accounts;

/// <summary>Signing out is a POST (with the antiforgery token); a GET only shows the button.</summary>
[ServerModeOnly]
public sealed class LogoutPage(SignInManager<UserRecord> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/login");
    }
}
