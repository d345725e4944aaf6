using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Web.Accounts;

namespace Sobes.Web.Cases;

/// <summary>The take-home cases with generated data.</summary>
[Authorize(Policy = SobesPolicies.Study)]
public sealed class CasesPage : PageModel
{
    public void OnGet()
    {
    }
}
