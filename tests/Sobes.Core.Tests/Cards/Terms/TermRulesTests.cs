using Sobes.Core.Cards.Terms;

namespace Sobes.Core.Tests.Cards.Terms;

public sealed class TermRulesTests
{
    [Theory]
    [InlineData("Переобучение")]
    [InlineData("ROC AUC")]
    [InlineData("Метод k ближайших соседей")]
    [InlineData("k-fold cross-validation")]
    [InlineData("Ошибка первого рода")]
    [InlineData("Диффузионная модель")]
    public void Noun_phrases_of_up_to_five_words_are_terms(string term)
    {
        Assert.True(TermRules.IsTerm(term), TermRules.Refusal(term));
    }

    [Theory]
    [InlineData("It", "pronoun, filler or function word")]
    [InlineData("First, if there", "punctuation")]
    [InlineData("01", "number or symbol")]
    [InlineData("Другими словами IQR", "pronoun, filler or function word")]
    [InlineData("Популярные варианты", "pronoun, filler or function word")]
    [InlineData("Частые варианты", "generic word")]
    [InlineData("Common heuristics", "pronoun, filler or function word")]
    [InlineData("Основные способы", "pronoun, filler or function word")]
    [InlineData("метрика", "generic word")]
    [InlineData("Используют разбиение по времени", "a clause, not a noun phrase")]
    [InlineData("precision и recall", "a clause, not a noun phrase")]
    [InlineData("Модель с очень большим числом слоёв", "too many words")]
    [InlineData("Подробнее про каждую", "pronoun, filler or function word")]
    [InlineData("Неправильный режим обучения", "pronoun, filler or function word")]
    [InlineData("Утечка глобально", "a clause, not a noun phrase")]
    public void Fragments_cut_out_of_a_sentence_are_not_terms(string phrase, string why)
    {
        Assert.Equal(why, TermRules.Refusal(phrase));
    }

    [Fact]
    public void Terms_sharing_a_word_overlap_and_distinct_ones_do_not()
    {
        Assert.True(TermRules.Overlap("Pooling", "Max pooling"));
        Assert.False(TermRules.Overlap("Precision", "Recall"));
    }
}
