using System.Globalization;
using Sobes.Core.Problems;

namespace Sobes.Web.Problems;

/// <summary>A kind of generated problem as the API lists it.</summary>
internal sealed record ProblemKindView(string Kind, string TitleEn, string TitleRu, string Topic)
{
    public static ProblemKindView From(IProblemGenerator generator) => new(generator.Kind, generator.TitleEn, generator.TitleRu, generator.Topic);
}

/// <summary>An instance to solve: the statement, the parts and the plot, never the answers or the solution.</summary>
internal sealed record ProblemInstanceView(string Kind, int Seed, string Language, string Title, string Topic, string Statement, IReadOnlyList<ProblemPartView> Parts, string? Svg)
{
    public static ProblemInstanceView From(IProblemGenerator generator, ProblemInstance instance) => new(
        instance.Kind, instance.Seed, instance.Language, instance.Language == "ru" ? generator.TitleRu : generator.TitleEn, generator.Topic,
        instance.Statement, [.. instance.Parts.Select(p => new ProblemPartView(p.Label, p.Prompt, p.Answer.IsExact))], instance.Svg);
}

/// <summary>One part to answer; <see cref="Exact"/> tells whether a fraction (or a correctly rounded decimal) is expected.</summary>
internal sealed record ProblemPartView(string Label, string Prompt, bool Exact);

/// <summary>The answers to check: the instance's seed, the answer per part label, and the language of the feedback.</summary>
internal sealed record ProblemCheckRequest(int Seed, IReadOnlyDictionary<string, string>? Answers, string? Language);

/// <summary>The verdict on each part, then the worked solution (steps numbered from 1).</summary>
internal sealed record ProblemCheckView(string Kind, int Seed, bool AllCorrect, IReadOnlyList<PartVerdictView> Parts, IReadOnlyList<string> Solution)
{
    public static ProblemCheckView From(ProblemInstance instance, CheckResult result) => new(
        instance.Kind, instance.Seed, result.AllCorrect, [.. result.Parts.Select(p => PartVerdictView.From(instance, p))], [.. instance.Solution.Select(s => s.Text)]);
}

/// <summary>
/// One part's verdict. <see cref="FirstDivergentStep"/> is the 1-based step of the worked solution where a wrong
/// answer goes astray, when that can be told; <see cref="Understood"/> is false when the answer could not be read as a number.
/// </summary>
internal sealed record PartVerdictView(string Label, bool Correct, string? Given, bool Understood, string Expected, int? FirstDivergentStep, string? DivergentStepText, string? Hint)
{
    public static PartVerdictView From(ProblemInstance instance, PartResult part)
    {
        int? step = part.FirstDivergentStep is { } index ? index + 1 : null;
        return new(part.Label, part.Correct, part.Given, part.Parsed is not null, part.Expected.Display(instance.Language), step,
            part.FirstDivergentStep is { } i && i < instance.Solution.Count ? instance.Solution[i].Text : null, part.Hint);
    }
}

/// <summary>Seeds for new instances: any non-negative int, so a link with ?seed=N reproduces the instance.</summary>
internal static class ProblemSeeds
{
    public static int Next() => System.Security.Cryptography.RandomNumberGenerator.GetInt32(1, 1_000_000);

    public static string Link(string kind, int seed) => string.Create(CultureInfo.InvariantCulture, $"/problems/{Uri.EscapeDataString(kind)}?seed={seed}");
}
