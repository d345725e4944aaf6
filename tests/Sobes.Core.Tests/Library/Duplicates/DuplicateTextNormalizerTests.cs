using Sobes.Core.Library.Duplicates;

namespace Sobes.Core.Tests.Library.Duplicates;

public sealed class DuplicateTextNormalizerTests
{
    [Theory]
    [InlineData("Ёлка — 🎄 это, Tree!", "елка это tree")]
    [InlineData("  🔥🔥 Вопрос дня:\n\nЧто такое ROC-AUC?  ", "вопрос дня что такое roc auc")]
    [InlineData("F1‑score = 2·P·R/(P+R)", "f1 score 2 p r p r")]
    [InlineData("...!!! 👍", "")]
    public void Lowercases_folds_yo_and_strips_punctuation_and_emoji(string text, string expected) =>
        Assert.Equal(expected, DuplicateTextNormalizer.Normalize(text));

    [Fact]
    public void Stress_accents_and_soft_hyphens_stay_inside_words() =>
        Assert.Equal("замок переобучение", DuplicateTextNormalizer.Normalize("за\u0301мок пере\u00ADобучение"));

    [Fact]
    public void Compatibility_forms_fold_to_plain_letters() =>
        Assert.Equal("fit x2", DuplicateTextNormalizer.Normalize("\uFB01t x\u00B2"));

    [Fact]
    public void A_decomposed_short_i_equals_the_composed_one() =>
        Assert.Equal(DuplicateTextNormalizer.Normalize("случайный"), DuplicateTextNormalizer.Normalize("случаи\u0306ныи\u0306"));
}
