using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Core.Problems;
using Sobes.Web.Accounts;
using Sobes.Web.Localization;

namespace Sobes.Web.Problems;

/// <summary>
/// One seeded instance: the statement, a plot where there is one, a field per part; a post checks the answers,
/// records the attempt for the learner (solved when every part is right) and shows, per wrong part, the first step
/// of the worked solution it diverges from.
/// </summary>
[Authorize(Policy = SobesPolicies.Study)]
public sealed class ProblemPage(Texts texts, Study.PracticeDesk desk) : PageModel
{
    public IProblemGenerator Generator { get; private set; } = null!;

    public ProblemInstance Instance { get; private set; } = null!;

    /// <summary>The verdict after a post; null on a first visit.</summary>
    public CheckResult? Result { get; private set; }

    /// <summary>The answers as typed, to put back into the form.</summary>
    public IReadOnlyDictionary<string, string> Given { get; private set; } = new Dictionary<string, string>();

    /// <summary>Step indexes (0-based) that some wrong part diverges at, to mark in the solution.</summary>
    public IReadOnlySet<int> DivergentSteps => Result is null ? new HashSet<int>()
        : Result.Parts.Where(p => p.FirstDivergentStep is not null).Select(p => p.FirstDivergentStep!.Value).ToHashSet();

    public IActionResult OnGet(string kind, int? seed)
    {
        if (ProblemCatalog.Find(kind) is not { } generator)
        {
            return NotFound();
        }

        if (seed is not >= 0)
        {
            return Redirect(ProblemSeeds.Link(generator.Kind, ProblemSeeds.Next()));
        }

        Load(generator, seed.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, int? seed, Dictionary<string, string>? answers, CancellationToken cancellationToken)
    {
        if (ProblemCatalog.Find(kind) is not { } generator)
        {
            return NotFound();
        }

        if (seed is not >= 0)
        {
            return Redirect(ProblemSeeds.Link(generator.Kind, ProblemSeeds.Next()));
        }

        Load(generator, seed.Value);
        Given = answers ?? [];
        Result = AnswerChecker.Check(Instance, Given);
        if (Given.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
        {
            var session = await desk.OpenAsync(Sobes.Data.Practice.SessionFilter.All, sync: false, cancellationToken);
            await session.RecordProblemAsync(generator.Kind, seed.Value, Result.AllCorrect, cancellationToken);
        }

        return Page();
    }

    public string Title => texts.IsRussian ? Generator.TitleRu : Generator.TitleEn;

    public string NextLink => ProblemSeeds.Link(Generator.Kind, ProblemSeeds.Next());

    public string Permalink => ProblemSeeds.Link(Generator.Kind, Instance.Seed);

    private void Load(IProblemGenerator generator, int seed)
    {
        Generator = generator;
        Instance = generator.Generate(seed, texts.Language);
    }
}
