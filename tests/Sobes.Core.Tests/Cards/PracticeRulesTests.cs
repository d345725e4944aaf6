using Sobes.Core.Cards;
using Sobes.Core.Library;
using Sobes.Core.Srs;

namespace Sobes.Core.Tests.Cards;

public sealed class PracticeRulesTests
{
    [Fact]
    public void Stored_names_of_card_types_key_sources_and_review_kinds_never_change()
    {
        Assert.Equal(
            ["flashcard", "multiple-choice", "cloze", "true-false", "matching", "problem", "reading"],
            Enum.GetValues<CardType>().Select(t => t.Name()));
        Assert.Equal(["author", "crowd", "user"], Enum.GetValues<KeySource>().Select(s => s.Name()));
        Assert.Equal(["review", "undo"], Enum.GetValues<ReviewKind>().Select(k => k.Name()));
    }

    [Fact]
    public void Every_stored_name_parses_back_and_an_unknown_one_is_refused()
    {
        Assert.All(Enum.GetValues<CardType>(), t => Assert.Equal(t, CardTypes.Parse(t.Name())));
        Assert.All(Enum.GetValues<KeySource>(), s => Assert.Equal(s, KeySources.Parse(s.Name())));
        Assert.All(Enum.GetValues<ReviewKind>(), k => Assert.Equal(k, ReviewKinds.Parse(k.Name())));
        Assert.Throws<ArgumentException>(() => KeySources.Parse("Author"));
        Assert.Throws<ArgumentException>(() => ReviewKinds.Parse("Review"));
    }

    [Fact]
    public void Only_an_authors_or_a_learners_key_is_trusted()
    {
        Assert.True(KeySource.Author.IsTrusted());
        Assert.True(KeySource.User.IsTrusted());
        Assert.False(KeySource.Crowd.IsTrusted());
    }

    [Fact]
    public void An_answer_duration_is_kept_between_zero_and_an_hour()
    {
        Assert.Equal(TimeSpan.Zero, AnswerDuration.Clamp(TimeSpan.FromSeconds(-5)));
        Assert.Equal(TimeSpan.FromSeconds(42), AnswerDuration.Clamp(TimeSpan.FromSeconds(42)));
        Assert.Equal(TimeSpan.FromHours(1), AnswerDuration.Clamp(TimeSpan.FromDays(3)));
    }

    [Fact]
    public void A_quiz_is_checked_only_with_a_trusted_key_and_a_problem_only_with_a_known_generator()
    {
        var options = new[] { new ChoiceOption("MSE", 0.1), new ChoiceOption("PR AUC", 0.9) };
        var quiz = new CardPayload { Prompt = "?", Options = options };

        Assert.True(AnswerCheck.IsChecked(1, 0, CardType.MultipleChoice, quiz, QuizKeyInfo.Of(options, 1, KeySource.Author)));
        Assert.False(AnswerCheck.IsChecked(1, 0, CardType.MultipleChoice, quiz, QuizKeyInfo.Of(options, 1, KeySource.Crowd)));
        Assert.False(AnswerCheck.IsChecked(1, 0, CardType.Problem, new CardPayload { ProblemKind = "no-such-generator" }, null));
        Assert.True(AnswerCheck.IsChecked(1, 0, CardType.Cloze, new CardPayload { Prompt = "____", Answer = "bias" }, null));
        Assert.False(AnswerCheck.IsChecked(1, 0, CardType.Flashcard, new CardPayload { Prompt = "?" }, null));
    }
}
