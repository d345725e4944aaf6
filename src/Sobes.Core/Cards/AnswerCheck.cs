using Sobes.Core.Cards.Terms;
using Sobes.Core.Problems;

namespace Sobes.Core.Cards;

/// <summary>The program's verdict on a checked answer.</summary>
/// <param name="Correct">Whether the answer is right.</param>
/// <param name="Expected">The right answer as shown to the learner (an option's text, the term, "true", the letters).</param>
/// <param name="Parts">For a problem, the verdict on each part; empty otherwise.</param>
public sealed record AnswerVerdict(bool Correct, string Expected, IReadOnlyList<PartResult> Parts);

/// <summary>
/// Checks answers to objective cards. An answer is text in one shape per card type: a multiple-choice answer is
/// the stored index of the option picked, true/false is "true" or "false", a cloze answer is the term, a matching
/// answer is one letter per term (the letter of its definition as shown), a problem answer is "a=…; b=…".
/// </summary>
public static class AnswerCheck
{
    /// <summary>
    /// The verdict on <paramref name="answer"/>, or null when the card is not checked by the program: a flashcard,
    /// a reading card, or a quiz with no trusted key (the learner grades themselves, or records their answer as the key).
    /// </summary>
    public static AnswerVerdict? Check(long cardId, int reps, CardType type, CardPayload payload, QuizKeyInfo? key, string answer)
    {
        ArgumentNullException.ThrowIfNull(payload);
        answer = (answer ?? "").Trim();
        return type switch
        {
            CardType.MultipleChoice => Choice(payload, key, answer),
            CardType.TrueFalse => Same(answer, payload.Answer ?? "", (a, b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase)),
            CardType.Cloze => Same(answer, payload.Answer ?? "", TermFinder.Same),
            CardType.Matching => Matching(cardId, reps, payload, answer),
            CardType.Problem => ProblemOf(cardId, reps, payload) is { } instance ? Problem(instance, ParseProblemAnswer(answer)) : null,
            _ => null,
        };
    }

    /// <summary>
    /// Whether the program checks answers to this card (and rates them): true/false, cloze and matching always; a quiz
    /// only with a trusted key; a problem only when its generator is known. Otherwise the learner grades themselves.
    /// </summary>
    public static bool IsChecked(long cardId, int reps, CardType type, CardPayload payload, QuizKeyInfo? key) => type switch
    {
        CardType.MultipleChoice => key is { Trusted: true },
        CardType.Problem => ProblemOf(cardId, reps, payload) is not null,
        _ => type.IsObjective(),
    };

    /// <summary>The order matching definitions are shown in: element i is the pair whose definition gets letter i.</summary>
    public static IReadOnlyList<int> MatchingOrder(long cardId, int reps, int count) => ChoiceShuffle.Order(cardId, reps, count);

    /// <summary>The letters of the right definitions for the terms in order, e.g. "cabd".</summary>
    public static string MatchingLetters(IReadOnlyList<int> order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var list = order.ToList();
        return string.Concat(Enumerable.Range(0, list.Count).Select(term => (char)('a' + list.IndexOf(term))));
    }

    /// <summary>The problem instance a card shows now: a new one at every review, reproducible from card id and repetition count.</summary>
    public static ProblemInstance? ProblemOf(long cardId, int reps, CardPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return ProblemCatalog.Find(payload.ProblemKind ?? "") is { } generator
            ? generator.Generate(unchecked((int)((cardId * 7919) + reps)), payload.Language)
            : null;
    }

    /// <summary>Checks a problem's answers by part label.</summary>
    public static AnswerVerdict Problem(ProblemInstance instance, IReadOnlyDictionary<string, string> answers)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var result = AnswerChecker.Check(instance, answers);
        var expected = string.Join("; ", result.Parts.Select(p => $"{p.Label}={p.Expected.Display(instance.Language)}"));
        return new AnswerVerdict(result.AllCorrect, expected, result.Parts);
    }

    /// <summary>Answers by part label as one line, "a=1/2; b=0.3" (how they are kept in the review log).</summary>
    public static string ProblemAnswerText(IEnumerable<KeyValuePair<string, string>> answers) =>
        string.Join("; ", answers.Select(a => $"{a.Key}={a.Value}"));

    /// <summary>Reads <see cref="ProblemAnswerText"/>'s shape back; a part without "label=" is ignored.</summary>
    public static IReadOnlyDictionary<string, string> ParseProblemAnswer(string text)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var piece in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var at = piece.IndexOf('=', StringComparison.Ordinal);
            if (at > 0)
            {
                answers[piece[..at].Trim()] = piece[(at + 1)..].Trim();
            }
        }

        return answers;
    }

    private static AnswerVerdict? Choice(CardPayload payload, QuizKeyInfo? key, string answer)
    {
        var options = payload.Options ?? [];
        if (key is not { Trusted: true, Option: { } right } || right >= options.Count)
        {
            return null;
        }

        var picked = int.TryParse(answer, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
        return new AnswerVerdict(picked == right, options[right].Text, []);
    }

    private static AnswerVerdict Matching(long cardId, int reps, CardPayload payload, string answer)
    {
        var expected = MatchingLetters(MatchingOrder(cardId, reps, (payload.Pairs ?? []).Count));
        var given = new string(answer.Where(char.IsLetter).ToArray());
        return new AnswerVerdict(string.Equals(given, expected, StringComparison.OrdinalIgnoreCase), expected, []);
    }

    private static AnswerVerdict Same(string answer, string expected, Func<string, string, bool> same) =>
        new(same(answer, expected), expected, []);
}
