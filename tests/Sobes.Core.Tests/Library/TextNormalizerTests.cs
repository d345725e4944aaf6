using System.Text;
using Sobes.Core.Library;

namespace Sobes.Core.Tests.Library;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Одна строка")]
    [InlineData("Заголовок\nтекст\n\nабзац — «кавычки» 🔥 ✅")]
    [InlineData("  indented first line\n\tno: a tab is replaced")]
    public void A_normal_text_comes_back_as_the_same_instance_or_cleaned(string text)
    {
        var normalized = TextNormalizer.Normalize(text);

        if (text.Contains('\t', StringComparison.Ordinal))
        {
            Assert.Equal("  indented first line\n    no: a tab is replaced", normalized);
        }
        else
        {
            Assert.Same(text, normalized);
        }
    }

    [Theory]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("\n\n  \nfirst\n\n\n\nsecond  \n \t\nthird\n\n", "first\n\nsecond\n\nthird")]
    [InlineData("zero\u200Bwidth\u00ADsoft\u2060joiner\uFEFF and\u0007 bell", "zerowidthsoftjoiner and bell")]
    [InlineData("no\u00A0break \u200B\nnext", "no break\nnext")]
    [InlineData("a\n\u200B\nb", "a\n\nb")]
    [InlineData("e\u0301 и\u0306", "é й")]
    [InlineData(" \n \n", "")]
    public void A_text_is_cleaned_line_by_line(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Every_character_the_quick_check_trusts_is_composed_and_a_starter_next_to_any_other()
    {
        var trusted = Enumerable.Range(0, 0x10000).Select(c => (char)c)
            .Where(c => !char.IsSurrogate(c) && TextNormalizer.IsComposedStarters([c])).Select(c => c.ToString())
            .Concat(Enumerable.Range(0x1F000, 0xC00).Select(char.ConvertFromUtf32)).ToList();
        Assert.Equal(0x300 + 0x83 + 0x76 + 0x6E + 0x21 + 0x2C0 + 0xC00, trusted.Count);
        Assert.False(TextNormalizer.IsComposedStarters("e\u0301"));

        foreach (var c in trusted)
        {
            // Alone it is NFC; after a mark of class 240 it would be reordered were its own class between 1 and 239.
            Assert.True(c.IsNormalized(NormalizationForm.FormC), c);
            Assert.True(("q\u0345" + c).IsNormalized(NormalizationForm.FormC), c);
        }

        foreach (var first in trusted)
        {
            foreach (var second in trusted)
            {
                Assert.True((first + second).IsNormalized(NormalizationForm.FormC), first + second);
            }
        }
    }
}
