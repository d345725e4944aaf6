using Sobes.Core.Cards;
using Sobes.Core.Library;
using Sobes.Core.Problems;
using Sobes.Core.Srs;

namespace Sobes.Core.Tests.Cards;

public sealed class AnswerCheckTests
{
    [Fact]
    public void A_quiz_answer_is_checked_against_a_trusted_key_only()
    {
        var options = new[] { new ChoiceOption("MSE", 0.1), new ChoiceOption("PR AUC", 0.8), new ChoiceOption("Accuracy", 0.1) };
        var payload = new CardPayload { Prompt = "?", Options = options };

        var right = AnswerCheck.Check(1, 0, CardType.MultipleChoice, payload, QuizKeyInfo.Of(options, 1, KeySource.Author), "1");
        var wrong = AnswerCheck.Check(1, 0, CardType.MultipleChoice, payload, QuizKeyInfo.Of(options, 1, KeySource.User), "0");
        var crowdOnly = AnswerCheck.Check(1, 0, CardType.MultipleChoice, payload, QuizKeyInfo.Of(options, 1, KeySource.Crowd), "1");

        Assert.True(right!.Correct);
        Assert.Equal("PR AUC", right.Expected);
        Assert.False(wrong!.Correct);
        Assert.Null(crowdOnly);
    }

    [Fact]
    public void True_false_and_cloze_answers_are_compared_like_the_cli_does()
    {
        var statement = new CardPayload { Prompt = "…", Answer = "false" };
        var cloze = new CardPayload { Prompt = "____ — это …", Answer = "Переобучение" };

        Assert.True(AnswerCheck.Check(1, 0, CardType.TrueFalse, statement, null, "false")!.Correct);
        Assert.False(AnswerCheck.Check(1, 0, CardType.TrueFalse, statement, null, "true")!.Correct);
        Assert.True(AnswerCheck.Check(1, 0, CardType.Cloze, cloze, null, "  переобучение ")!.Correct);
        Assert.False(AnswerCheck.Check(1, 0, CardType.Cloze, cloze, null, "недообучение")!.Correct);
        Assert.Null(AnswerCheck.Check(1, 0, CardType.Flashcard, cloze, null, "anything"));
    }

    [Fact]
    public void A_matching_answer_is_the_letters_of_the_shown_definitions_in_term_order()
    {
        var pairs = Enumerable.Range(0, 5).Select(i => new TermDefinition("term" + i, "definition" + i, i)).ToList();
        var payload = new CardPayload { Prompt = "", Pairs = pairs };
        var order = AnswerCheck.MatchingOrder(9, 2, pairs.Count);
        var letters = AnswerCheck.MatchingLetters(order);

        for (var term = 0; term < pairs.Count; term++)
        {
            Assert.Equal(term, order[letters[term] - 'a']);
        }

        Assert.True(AnswerCheck.Check(9, 2, CardType.Matching, payload, null, string.Join(' ', letters.ToUpperInvariant().ToCharArray()))!.Correct);
        Assert.False(AnswerCheck.Check(9, 2, CardType.Matching, payload, null, new string(letters.Reverse().ToArray()))!.Correct);
    }

    [Fact]
    public void A_problem_answer_round_trips_through_its_text_and_is_checked_by_part()
    {
        var kind = ProblemCatalog.All[0].Kind;
        var payload = new CardPayload { Prompt = "", ProblemKind = kind, Language = "en" };
        var instance = AnswerCheck.ProblemOf(5, 1, payload)!;
        Assert.Equal(instance.Statement, AnswerCheck.ProblemOf(5, 1, payload)!.Statement);
        var right = instance.Parts.Select(p => KeyValuePair.Create(p.Label, p.Answer.Value.ToString())).ToList();

        var text = AnswerCheck.ProblemAnswerText(right);
        Assert.Equal(right, AnswerCheck.ParseProblemAnswer(text).OrderBy(p => p.Key, StringComparer.Ordinal).ToList());
        Assert.True(AnswerCheck.Check(5, 1, CardType.Problem, payload, null, text)!.Correct);
        Assert.False(AnswerCheck.Check(5, 1, CardType.Problem, payload, null, "")!.Correct);
    }

    [Fact]
    public void The_interview_report_groups_by_topic_with_passes_mean_grade_and_answers_over_time()
    {
        var limit = InterviewReport.Limit(60);
        var report = InterviewReport.Of([
            new InterviewAnswer("metrics", Rating.Good, TimeSpan.FromSeconds(30), limit),
            new InterviewAnswer("metrics", Rating.Again, TimeSpan.FromSeconds(90), limit),
            new InterviewAnswer("", Rating.Easy, TimeSpan.FromSeconds(5), limit),
        ]);

        Assert.Equal([new InterviewTopicLine("(none)", 1, 1, 4, 0), new InterviewTopicLine("metrics", 2, 1, 2, 1)], report);
        Assert.Equal(InterviewReport.ShortestLimit, InterviewReport.Limit(3));
    }
}
