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
    public void Strings_lower_as_the_invariant_culture_lowers_them(string text)
    {
        Assert.Equal(text.ToLowerInvariant(), InvariantCase.ToLower(text));
    }
}
