using Sobes.Core.Cards;
using Sobes.Core.Srs;

namespace Sobes.Core.Tests.Cards;

public sealed class ObjectiveCardTests
{
    [Fact]
    public void A_wrong_answer_rates_again_a_right_one_good_and_a_fast_right_one_easy()
    {
        Assert.Equal(Rating.Again, ObjectiveGrade.Rate(false, TimeSpan.FromSeconds(1)));
        Assert.Equal(Rating.Good, ObjectiveGrade.Rate(true, TimeSpan.FromSeconds(30)));
        Assert.Equal(Rating.Easy, ObjectiveGrade.Rate(true, TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public void Options_are_shuffled_into_a_permutation_reproducible_from_card_and_reps()
    {
        var order = ChoiceShuffle.Order(42, 3, 5);

        Assert.Equal([0, 1, 2, 3, 4], order.Order());
        Assert.Equal(order, ChoiceShuffle.Order(42, 3, 5));
    }

    [Fact]
    public void Options_change_order_between_showings()
    {
        var orders = Enumerable.Range(0, 10).Select(reps => string.Join(",", ChoiceShuffle.Order(42, reps, 5))).Distinct().Count();

        Assert.True(orders > 1);
    }

    [Fact]
    public void An_author_key_is_trusted()
    {
        var key = QuizKeyInfo.Of(CardFixtures.Quiz(1).Options, 1, Sobes.Core.Library.KeySource.Author);

        Assert.True(key.Trusted);
        Assert.Equal(1, key.Option);
    }

    [Fact]
    public void A_quiz_without_an_author_key_says_so_and_offers_the_crowds_pick()
    {
        var crowd = QuizKeyInfo.Of(CardFixtures.Quiz(1).Options, 1, Sobes.Core.Library.KeySource.Crowd);
        var none = QuizKeyInfo.Of(CardFixtures.Quiz(1).Options, null, null);

        Assert.False(crowd.Trusted);
        Assert.Null(crowd.Option);
        Assert.Equal(1, crowd.CrowdPick);
        Assert.False(none.Trusted);
        Assert.Equal(1, none.CrowdPick);
    }

    [Fact]
    public void A_key_the_learner_set_is_trusted()
    {
        Assert.True(QuizKeyInfo.Of(CardFixtures.Quiz(1).Options, 2, Sobes.Core.Library.KeySource.User).Trusted);
    }

    [Theory]
    [InlineData("flashcard", CardType.Flashcard)]
    [InlineData("multiple-choice", CardType.MultipleChoice)]
    [InlineData("true-false", CardType.TrueFalse)]
    public void Card_type_names_round_trip(string name, CardType type)
    {
        Assert.Equal(type, CardTypes.Parse(name));
        Assert.Equal(name, type.Name());
    }
}
