using System.Globalization;
using Sobes.Core.Problems;

namespace Sobes.Web.Tests.Problems;

/// <summary>The right answers of an instance, typed as a learner would, and a wrong one that a generator traces to a step.</summary>
internal static class ProblemAnswers
{
    public static Dictionary<string, string> Right(string kind, int seed) =>
        ProblemCatalog.Find(kind)!.Generate(seed, "en").Parts.ToDictionary(p => p.Label, p => Text(p.Answer));

    public static string Text(ExpectedAnswer answer) =>
        answer.IsExact ? answer.Value.ToString() : answer.Value.ToDouble().ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Part a of roc-auc seed 7 answered with its FPR: a known mistake of the TPR step.</summary>
    public static (string Kind, int Seed, Dictionary<string, string> Answers, int Step) KnownMistake()
    {
        var instance = ProblemCatalog.Find("roc-auc")!.Generate(7, "en");
        var answers = Right("roc-auc", 7);
        var mistake = instance.Parts[0].Mistakes[0];
        answers["a"] = mistake.Value.ToString();
        return ("roc-auc", 7, answers, mistake.Step + 1);
    }
}
