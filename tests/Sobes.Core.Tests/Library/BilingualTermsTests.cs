using Sobes.Core.Library;
using Sobes.Core.Library.Terms;
using Sobes.Core.Text;

namespace Sobes.Core.Tests.Library;

public sealed class BilingualTermsTests
{
    [Theory]
    [InlineData("gradient", "градиент")]
    [InlineData("gradients", "градиент")]
    [InlineData("overfitting", "переобучение")]
    [InlineData("переобучения", "overfitting")]
    [InlineData("градиента", "gradient")]
    [InlineData("сезонности", "seasonality")]
    public void A_word_in_any_form_translates_to_the_stems_of_the_other_language(string word, string translation)
    {
        var translations = BilingualTerms.Translations(TextStemmer.Stem(word));

        Assert.NotEmpty(translations);
        Assert.Contains(translations, t => t.SequenceEqual(TextStemmer.Stems(translation)));
    }

    [Fact]
    public void A_word_the_dictionary_does_not_know_has_no_translation()
    {
        Assert.Empty(BilingualTerms.Translations(TextStemmer.Stem("утро")));
    }

    [Fact]
    public void A_word_translates_to_its_own_entry_and_not_to_longer_terms_containing_it()
    {
        var translations = BilingualTerms.Translations(TextStemmer.Stem("gradient"));

        Assert.DoesNotContain(translations, t => t.SequenceEqual(TextStemmer.Stems("градиентный спуск")));
    }

    [Fact]
    public void Every_entry_has_both_languages_and_names_a_known_topic_or_none()
    {
        Assert.True(BilingualTerms.Entries.Count >= 150, $"{BilingualTerms.Entries.Count} entries");
        Assert.All(BilingualTerms.Entries, e =>
        {
            Assert.NotEmpty(e.Russian);
            Assert.NotEmpty(e.English);
            Assert.All(e.Russian, f => Assert.Matches("[а-яё]", f.Text));
            Assert.True(e.Topic is null || Taxonomy.Find(e.Topic) is not null, e.Topic);
        });
    }
}
