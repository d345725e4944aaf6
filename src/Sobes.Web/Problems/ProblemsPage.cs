using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Core.Problems;
using Sobes.Data.Practice;
using Sobes.Web.Accounts;

namespace Sobes.Web.Problems;

/// <summary>The kinds of generated problems, grouped by topic, with how often the learner solved each in practice.</summary>
[Authorize(Policy = SobesPolicies.Study)]
public sealed class ProblemsPage(Study.PracticeDesk desk) : PageModel
{
    public IReadOnlyList<IGrouping<string, IProblemGenerator>> ByTopic { get; } =
        [.. ProblemCatalog.All.GroupBy(g => g.Topic)];

    /// <summary>The learner's solved problems (posts and generated problems), latest first.</summary>
    public IReadOnlyList<SolvedProblem> Solved { get; private set; } = [];

    /// <summary>Right answers to a generator's problems, and the latest; null when none.</summary>
    public (int Times, DateTimeOffset Last)? SolvedOf(string kind) =>
        Solved.Where(s => s.GeneratorKind == kind).ToList() is { Count: > 0 } of ? (of.Sum(s => s.Times), of.Max(s => s.Last)) : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var session = await desk.OpenAsync(SessionFilter.All, sync: false, cancellationToken);
        Solved = await session.SolvedAsync(cancellationToken: cancellationToken);
    }
}
