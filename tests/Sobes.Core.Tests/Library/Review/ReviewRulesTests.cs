using Sobes.Core.Library;
using Sobes.Core.Library.Review;
using Sobes.Core.Posts;

namespace Sobes.Core.Tests.Library.Review;

public sealed class ReviewRulesTests
{
    private static ItemDraft Analyze(string text) => PostAnalyzer.Analyze(new RawPost { Locator = "line 1", Line = 1, Text = text })!;

    private static IReadOnlyList<ReviewReason> Reasons(ItemDraft d) =>
        ReviewRules.Reasons(d.Kind.Name(), d.KindRule, d.TitleInferred, d.NeedsAnswer, d.Topics.Count);

    [Fact]
    public void A_post_whose_question_was_lost_is_reviewed_for_its_inferred_title()
    {
        Assert.Contains(ReviewReason.TitleInferred, Reasons(Analyze("Да, помогает. Регуляризация — это штраф за сложность модели, который добавляют к функции потерь.")));
    }

    [Fact]
    public void A_question_without_an_answer_is_reviewed_for_it()
    {
        Assert.Equal([ReviewReason.NeedsAnswer], ReviewRules.Reasons("question", "question:unanswered", false, true, 1));
    }

    [Fact]
    public void An_ad_on_two_weak_signals_is_unsure_and_one_on_many_is_not()
    {
        var borderline = Analyze("Новая рассылка про данные: подпишись, чтобы не пропустить разборы задач с собеседований и свежие статьи.");
        var sure = Analyze("Курс по машинному обучению стартует в понедельник! Скидка 30% по промокоду ML30, успей записаться: осталось 5 мест.");

        Assert.Equal(ItemKind.Ad, borderline.Kind);
        Assert.Contains(ReviewReason.UnsureKind, Reasons(borderline));
        Assert.Equal(ItemKind.Ad, sure.Kind);
        Assert.DoesNotContain(ReviewReason.UnsureKind, Reasons(sure));
    }

    [Fact]
    public void A_short_post_nothing_identified_is_an_unsure_resource()
    {
        var item = Analyze("Всем хорошей недели и удачных собеседований.");

        Assert.Equal(("resource", "resource:short"), (item.Kind.Name(), item.KindRule));
        Assert.Contains(ReviewReason.UnsureKind, Reasons(item));
    }

    [Fact]
    public void A_practised_item_without_a_topic_is_reviewed_and_a_resource_without_one_is_not()
    {
        Assert.Equal([ReviewReason.NoTopic], ReviewRules.Reasons("question", "question:title-asks", false, false, 0));
        Assert.Empty(ReviewRules.Reasons("resource", "resource:link", false, false, 0));
    }

    [Fact]
    public void A_clear_answered_question_with_a_topic_is_not_reviewed()
    {
        var item = Analyze("Что такое ROC AUC?\n\nROC AUC — площадь под ROC-кривой: вероятность, что модель поставит случайный положительный объект выше случайного отрицательного.");

        Assert.Empty(Reasons(item));
    }

    [Fact]
    public void Every_reason_has_a_name()
    {
        Assert.Equal(["title-inferred", "needs-answer", "unsure-kind", "no-topic"], Enum.GetValues<ReviewReason>().Select(r => r.Name()));
    }
}
