using Sobes.Core.Text;

namespace Sobes.Core.Tests.Text;

public sealed class InvariantCaseTests
{
    [Fact]
    public void Every_character_lowers_as_the_invariant_culture_lowers_it()
    {
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            Assert.True(char.ToLowerInvariant(c) == InvariantCase.ToLower(c), $"U+{code:X4}");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("already lower, with digits 123")]
    [InlineData("Mixed CASE Latin")]
    [InlineData("ПЕРЕОБУЧЕНИЕ и Ёлка, ЄЇЎ Ѐ Џ")]
    [InlineData("Ünïcödé outside the mapped scripts: ΣΑΣ İ")]
    [InlineData("Emoji 📌 and a supplementary capital 𐐀")]
    [InlineData("A lone high surrogate \uD801 then A, a lone low one \uDC00 then Я, and a pair 𐐀Ж")]
    [InlineData("Ends in a lone high surrogate \uD801")]
    [InlineData("—«Ёлка»… №5 ₽ İ K Å")]
    public void Strings_lower_as_the_invariant_culture_lowers_them(string text)
    {
        Assert.Equal(text.ToLowerInvariant(), InvariantCase.ToLower(text));
    }

    [Fact]
    public void Every_supplementary_character_lowers_as_in_a_string()
    {
        for (var code = 0x10000; code <= 0x1FFFF; code++)
        {
            var text = "A" + char.ConvertFromUtf32(code) + "Б";
            Assert.True(string.Equals(text.ToLowerInvariant(), InvariantCase.ToLower(text), StringComparison.Ordinal), $"U+{code:X5}");
        }
    }
}
