using Sobes.Core.Cards.Terms;

namespace Sobes.Core.Tests.Cards.Terms;

public sealed class SentencesTests
{
    [Fact]
    public void Sentences_end_at_a_full_stop_before_a_capital_and_at_every_line_break()
    {
        Assert.Equal(["Первое предложение.", "Второе!", "Третье", "Четвёртое?"], Sentences.Split("Первое предложение. Второе!\nТретье\nЧетвёртое?"));
    }

    [Theory]
    [InlineData("Скорость обучения 0.01 подходит для Adam. Дальше её уменьшают.", "Скорость обучения 0.01 подходит для Adam.")]
    [InlineData("Take the gradient w.r.t. the weights. Then step.", "Take the gradient w.r.t. the weights.")]
    [InlineData("Use a robust loss, e.g. Huber. Then compare.", "Use a robust loss, e.g. Huber.")]
    [InlineData("Код лежит на https://example.org/ml.cards. Скачайте его.", "Код лежит на https://example.org/ml.cards.")]
    [InlineData("Это сумма, т.е. Итог по всем. Потом среднее.", "Это сумма, т.е. Итог по всем.")]
    [InlineData("Как описал Ю. Нестеров, метод ускоряется. Проверим.", "Как описал Ю. Нестеров, метод ускоряется.")]
    public void A_sentence_never_breaks_inside_a_number_an_abbreviation_an_initial_or_a_url(string text, string first)
    {
        Assert.Equal(first, Sentences.Split(text)[0]);
    }
}
