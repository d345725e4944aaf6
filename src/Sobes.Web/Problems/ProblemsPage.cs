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

    /// <summary>The generated problems the learner solved in free practice, latest first.</summary>
    public IReadOnlyList<PractisedProblem> Practised { get; private set; } = [];

    /// <summary>How many problems the learner solved: problem cards and free-practice instances.</summary>
    public int SolvedCount => Solved.Count + Practised.Count;

    /// <summary>Right answers to a generator's problems (its cards and free practice), and the latest; null when none.</summary>
    public (int Times, DateTimeOffset Last)? SolvedOf(string kind)
    {
        var times = Solved.Where(s => s.GeneratorKind == kind).Select(s => (s.Times, s.Last))
            .Concat(Practised.Where(p => p.Kind == kind).Select(p => (p.Times, p.Last))).ToList();
        return times.Count > 0 ? (times.Sum(t => t.Times), times.Max(t => t.Last)) : null;
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var session = await desk.OpenAsync(SessionFilter.All, sync: false, cancellationToken);
        Solved = await session.SolvedAsync(cancellationToken: cancellationToken);
        Practised = await session.PractisedAsync(cancellationToken);
    }
}
