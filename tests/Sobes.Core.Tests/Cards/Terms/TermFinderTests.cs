using Sobes.Core.Cards.Terms;

namespace Sobes.Core.Tests.Cards.Terms;

public sealed class TermFinderTests
{
    [Fact]
    public void A_definition_keeps_the_words_that_lead_to_it_so_a_statement_reads_as_the_source_did()
    {
        var found = Assert.Single(TermFinder.Definitions("The learning rate is a hyperparameter that scales every update of the weights."));

        Assert.Equal("learning rate", found.Term);
        Assert.Equal("a hyperparameter that scales every update of the weights", found.Definition);
        Assert.Equal("The learning rate is a step size.", found.Statement("a step size"));
    }

    [Theory]
    [InlineData("It is a part of supervised ML that learns from labelled examples.")]
    [InlineData("The mean score is a steadier estimate than a single split of the data.")]
    [InlineData("Bias is the error from simple assumptions, variance is the error from sensitivity.")]
    [InlineData("Итог — модель переобучилась на шуме обучающей выборки.")]
    [InlineData("Смотрят на метод локтя — где перестаёт падать сумма расстояний.")]
    [InlineData("Формула такая — см. выше:")]
    [InlineData("CBOW — это наоборот, когда в модель подают контекст, а на выходе получают слово.")]
    [InlineData("Разметчики – при разметке люди могут руководствоваться шаблонами.")]
    public void Sentences_that_only_look_like_definitions_define_nothing(string sentence)
    {
        Assert.Empty(TermFinder.Definitions(sentence));
    }

    [Theory]
    [InlineData("Что такое implicit bias?", "implicit bias")]
    [InlineData("What is an autoencoder?", "autoencoder")]
    [InlineData("Как работает градиентный бустинг?", "градиентный бустинг")]
    [InlineData("How does DBSCAN work?", "DBSCAN")]
    public void The_title_term_is_what_the_title_asks_about(string title, string term)
    {
        Assert.Equal(term, TermFinder.TitleTerm(title));
    }

    [Theory]
    [InlineData("Что такое проблемы взрывающегося и затухающего градиента?")]
    [InlineData("Чем L1 отличается от L2?")]
    public void A_title_asking_about_two_things_or_a_difference_names_no_term(string title)
    {
        Assert.Null(TermFinder.TitleTerm(title));
    }

    [Fact]
    public void Whole_words_are_found_and_a_hyphen_joins_words()
    {
        Assert.Equal(1, TermFinder.CountWord("Dropouts differ; dropout is one.", "dropout"));
        Assert.False(TermFinder.ContainsWord("k-fold кросс-валидация", "валидация"));
    }
}
