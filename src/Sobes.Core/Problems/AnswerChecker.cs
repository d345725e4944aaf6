using Sobes.Numerics.Exact;

namespace Sobes.Core.Problems;

/// <summary>The verdict on one part.</summary>
/// <param name="Label">The part.</param>
/// <param name="Correct">Whether the answer is accepted.</param>
/// <param name="Given">The text the learner gave, or null if the part was left out.</param>
/// <param name="Parsed">The number read from it, or null if it could not be read.</param>
/// <param name="Expected">The expected answer.</param>
/// <param name="FirstDivergentStep">For a wrong answer, the index of the first solution step where it goes astray, when that can be told.</param>
/// <param name="Hint">A note on the mistake, when it is a known one.</param>
public sealed record PartResult(
    string Label, bool Correct, string? Given, Rational? Parsed, ExpectedAnswer Expected, int? FirstDivergentStep, string? Hint);

/// <summary>The verdict on a whole instance.</summary>
/// <param name="Parts">One result per part, in the instance's order.</param>
public sealed record CheckResult(IReadOnlyList<PartResult> Parts)
{
    /// <summary>Whether every part is right.</summary>
    public bool AllCorrect => Parts.All(p => p.Correct);
}

/// <summary>Checks a learner's answers against a generated instance.</summary>
public static class AnswerChecker
{
    /// <summary>
    /// Checks each part. A wrong answer is traced to a step: the step of a known mistake it equals, otherwise
    /// the first step of that part whose result it contradicts while the earlier steps' results agree with
    /// the expected ones — that is, the first step of the part's own derivation.
    /// </summary>
    public static CheckResult Check(ProblemInstance instance, IReadOnlyDictionary<string, string> answers)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(answers);
        var results = new List<PartResult>(instance.Parts.Count);
        foreach (var part in instance.Parts)
        {
            answers.TryGetValue(part.Label, out var text);
            if (!ParsedAnswer.TryParse(text, out var parsed))
            {
                results.Add(new PartResult(part.Label, false, text, null, part.Answer, null, null));
                continue;
            }

            if (part.Answer.Accepts(parsed))
            {
                results.Add(new PartResult(part.Label, true, text, parsed.Value, part.Answer, null, null));
                continue;
            }

            var mistake = part.Mistakes.FirstOrDefault(m => ExpectedAnswer.Exact(m.Value).Accepts(parsed)
                || (m.Value - parsed.Value).Abs() <= part.Answer.Tolerance);
            var step = mistake?.Step ?? FirstStepOf(instance, part.Label);
            results.Add(new PartResult(part.Label, false, text, parsed.Value, part.Answer, step, mistake?.Note));
        }

        return new CheckResult(results);
    }

    private static int? FirstStepOf(ProblemInstance instance, string label)
    {
        for (var i = 0; i < instance.Solution.Count; i++)
        {
            if (instance.Solution[i].PartLabel == label) { return i; }
        }

        return null;
    }
}
