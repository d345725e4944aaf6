using Sobes.Core.Library.Duplicates;

namespace Sobes.Core.Tests.Library;

public sealed class QuestionIdentityTests
{
    [Theory]
    [InlineData("Что такое L1-регуляризация?", "Что такое L2-регуляризация?", true)]
    [InlineData("Что такое эмбеддинги?", "Что такое эмбеддинги в NLP?", false)]
    [InlineData("Что такое эмбеддинги?", "что такое ЭМБЕДДИНГИ", false)]
    [InlineData("What is bagging?", null, false)]
    public void Questions_differ_when_each_asks_something_the_other_does_not(string a, string? b, bool differ)
    {
        Assert.Equal(differ, QuestionIdentity.Differ(a, b));
    }
}
