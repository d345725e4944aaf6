using Sobes.Core.Cards.Terms;

namespace Sobes.Core.Tests.Cards.Terms;

public sealed class DefinitionKindsTests
{
    [Theory]
    [InlineData("the share of flagged examples that are truly positive", "measure")]
    [InlineData("the proportion of variance the model explains", "measure")]
    [InlineData("a resampling procedure that splits the data into folds", "method")]
    [InlineData("a subword algorithm that merges frequent pairs", "method")]
    [InlineData("доля объектов положительного класса", "measure")]
    public void The_head_of_a_definition_names_its_kind(string definition, string kind) =>
        Assert.Equal(kind, DefinitionKinds.Of(definition));

    [Theory]
    [InlineData("a tokenizer library that reads raw text")]
    [InlineData("a failure mode where the model fits noise")]
    public void A_noun_phrase_whose_words_name_different_kinds_names_none(string definition) =>
        Assert.Null(DefinitionKinds.Of(definition));
}
