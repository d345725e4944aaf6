using Sobes.Core.Cards;
using Sobes.Data.Practice;

namespace Sobes.Web.Study;

/// <summary>A card as the API shows it, before it is answered: no key, no shares, no answer of a checked card.</summary>
/// <param name="Id">The card, to answer with POST /api/v1/cards/{id}/answer.</param>
/// <param name="ItemId">The library item it was made from.</param>
/// <param name="Type">flashcard, multiple-choice, cloze, true-false, matching, problem or reading.</param>
/// <param name="Topic">Its topic ("" when none).</param>
/// <param name="IsNew">Whether it was never answered.</param>
/// <param name="Prompt">The question, cloze text or statement.</param>
/// <param name="Checked">Whether an answer text is checked (and rated) by the program.</param>
/// <param name="Answer">The answer to reveal, for a self-graded flashcard or reading card.</param>
/// <param name="AnswerShape">What to send as the answer text.</param>
/// <param name="Options">Multiple choice: options in the order to show them, each with the index to answer with.</param>
/// <param name="Terms">Matching: the terms, in order.</param>
/// <param name="Definitions">Matching: the definitions, lettered a, b, c…; answer with one letter per term.</param>
/// <param name="Problem">Problem: this review's instance.</param>
/// <param name="KeyKnown">Multiple choice: whether a trusted key is known (else the learner grades themselves).</param>
internal sealed record CardView(
    long Id, long ItemId, string Type, string Topic, bool IsNew, bool Checked, string Prompt, string? Answer, string AnswerShape,
    IReadOnlyList<OptionView>? Options, IReadOnlyList<string>? Terms, IReadOnlyList<string>? Definitions, ProblemView? Problem, bool? KeyKnown)
{
    public static CardView Of(StudyCard card)
    {
        var p = card.Payload;
        var keyKnown = card.Type == CardType.MultipleChoice ? card.Key is { Trusted: true } : (bool?)null;
        var isChecked = card.IsChecked;
        IReadOnlyList<OptionView>? options = null;
        if (p.Options is { } all)
        {
            options = ChoiceShuffle.Order(card.CardId, card.Schedule.Reps, all.Count).Select(i => new OptionView(i, all[i].Text)).ToList();
        }

        IReadOnlyList<string>? terms = null, definitions = null;
        if (card.Type == CardType.Matching && p.Pairs is { } pairs)
        {
            var order = AnswerCheck.MatchingOrder(card.CardId, card.Schedule.Reps, pairs.Count);
            terms = pairs.Select(x => x.Term).ToList();
            definitions = order.Select(i => pairs[i].Definition).ToList();
        }

        var problem = card.Type == CardType.Problem && AnswerCheck.ProblemOf(card.CardId, card.Schedule.Reps, p) is { } instance
            ? new ProblemView(instance.Kind, instance.Statement, instance.Parts.Select(x => new ProblemPartView(x.Label, x.Prompt)).ToList())
            : null;
        var shape = !isChecked ? "rating" : card.Type switch
        {
            CardType.MultipleChoice => "option",
            CardType.TrueFalse => "true|false",
            CardType.Cloze => "term",
            CardType.Matching => "letters",
            _ => "label=value; label=value",
        };
        return new CardView(card.CardId, card.ItemId, card.Type.Name(), card.Topic, card.IsNew, isChecked, p.Prompt,
            isChecked ? null : p.Answer, shape, options, terms, definitions, problem, keyKnown);
    }
}

internal sealed record OptionView(int Option, string Text);

internal sealed record ProblemView(string Kind, string Statement, IReadOnlyList<ProblemPartView> Parts);

internal sealed record ProblemPartView(string Label, string Prompt);

/// <summary>Today's progress, and with /progress the learner's whole picture.</summary>
internal sealed record ProgressView(
    int AnsweredToday, int DueLeft, int NewLeft, int? Streak, double? TrueRetention, double? DesiredRetention, int? Cards, int? NewCards,
    IReadOnlyList<int>? DueForecast, IReadOnlyDictionary<string, int>? ReviewsPerDay, IReadOnlyDictionary<string, double>? TopicMastery,
    int? LearningCards = null, int? YoungCards = null, int? MatureCards = null, double? Recall = null, IReadOnlyDictionary<string, double>? TopicRecall = null,
    Sobes.Core.Srs.Optimization.FsrsEvaluation? Prediction = null, int? SolvedProblems = null)
{
    public static ProgressView Of(StudyProgress progress) =>
        new(progress.AnsweredToday, progress.DueLeft, progress.NewLeft, null, null, null, null, null, null, null, null);

    public static ProgressView Of(StudyProgress progress, ProgressReport report) =>
        new(progress.AnsweredToday, progress.DueLeft, progress.NewLeft, report.Streak, report.TrueRetention, report.DesiredRetention,
            report.Cards, report.NewCards, report.DueForecast,
            report.ReviewsPerDay.ToDictionary(d => d.Key.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d => d.Value),
            report.TopicMastery, report.LearningCards, report.YoungCards, report.MatureCards, report.Recall, report.TopicRecall, SolvedProblems: report.SolvedProblems);
}
