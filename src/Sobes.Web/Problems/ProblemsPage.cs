using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Core.Problems;
using Sobes.Web.Accounts;

namespace Sobes.Web.Problems;

/// <summary>The kinds of generated problems, grouped by topic.</summary>
[Authorize(Policy = SobesPolicies.Study)]
public sealed class ProblemsPage : PageModel
{
    public IReadOnlyList<IGrouping<string, IProblemGenerator>> ByTopic { get; } =
        [.. ProblemCatalog.All.GroupBy(g => g.Topic)];

    public void OnGet()
    {
    }
}
