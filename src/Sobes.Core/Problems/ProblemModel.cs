using Sobes.Numerics.Exact;

namespace Sobes.Core.Problems;

/// <summary>Generates instances of one kind of problem, deterministically from a seed.</summary>
public interface IProblemGenerator
{
    /// <summary>Stable identifier, e.g. <c>card-hand</c>.</summary>
    string Kind { get; }

    /// <summary>The taxonomy slug of the topic the problem practises, e.g. <c>metrics</c>.</summary>
    string Topic { get; }

    /// <summary>Title in Russian.</summary>
    string TitleRu { get; }

    /// <summary>Title in English.</summary>
    string TitleEn { get; }

    /// <summary>
    /// The terms that name this generator's task (lower case, stems allowed, matched at the start of a word): a problem
    /// statement naming one of them, and no other generator's, is practised by this generator (see Cards.ProblemLink).
    /// Only terms that name the task itself: "тест" or "tree" name too many.
    /// </summary>
    IReadOnlyList<string> Keywords { get; }

    /// <summary>The instance for <paramref name="seed"/> in <paramref name="language"/> ("ru" or "en"); the same seed gives the same numbers in both languages.</summary>
    ProblemInstance Generate(int seed, string language);
}

/// <summary>One generated problem: statement, parts to answer, worked solution, optional plot.</summary>
/// <param name="Kind">The generator's kind.</param>
/// <param name="Seed">The seed it was generated from.</param>
/// <param name="Language">"ru" or "en".</param>
/// <param name="Statement">The problem text.</param>
/// <param name="Parts">Questions to answer, in order.</param>
/// <param name="Solution">Worked solution, step by step; step i is <c>Solution[i]</c>.</param>
/// <param name="Svg">A plot as SVG text, or null.</param>
public sealed record ProblemInstance(
    string Kind, int Seed, string Language, string Statement,
    IReadOnlyList<ProblemPart> Parts, IReadOnlyList<SolutionStep> Solution, string? Svg = null);

/// <summary>One question of a problem.</summary>
/// <param name="Label">Short label: "a", "b", …</param>
/// <param name="Prompt">What to find.</param>
/// <param name="Answer">The expected answer.</param>
/// <param name="Mistakes">Typical wrong answers and the step where each goes astray.</param>
public sealed record ProblemPart(string Label, string Prompt, ExpectedAnswer Answer, IReadOnlyList<KnownMistake> Mistakes);

/// <summary>A typical wrong answer.</summary>
/// <param name="Value">The wrong value.</param>
/// <param name="Step">Index of the solution step where the reasoning diverges.</param>
/// <param name="Note">What went wrong.</param>
public sealed record KnownMistake(Rational Value, int Step, string Note);

/// <summary>One step of a worked solution.</summary>
/// <param name="Text">The reasoning and arithmetic of the step.</param>
/// <param name="PartLabel">The part this step works towards, if any.</param>
/// <param name="Result">The value the step arrives at, if it is a number.</param>
public sealed record SolutionStep(string Text, string? PartLabel = null, Rational? Result = null);
