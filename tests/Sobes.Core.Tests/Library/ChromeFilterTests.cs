using Sobes.Core.Library;

namespace Sobes.Core.Tests.Library;

public sealed class ChromeFilterTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Первая строка\n\nвторая строка\n")]
    [InlineData("@ab is too short for a signature\n👍 great answer")]
    public void A_text_without_chrome_comes_back_as_the_same_instance(string text)
    {
        var (stripped, dropped) = ChromeFilter.Strip(text);

        Assert.Same(text, stripped);
        Assert.Equal(0, dropped);
    }

    [Theory]
    [InlineData("VIEW IN TELEGRAM\nВопрос\nответ", "Вопрос\nответ", 1)]
    [InlineData("Вопрос\n  Show more  \nответ", "Вопрос\nответ", 1)]
    [InlineData("Вопрос\nответ\n👍3 ❤1\n@machinelearning_interview", "Вопрос\nответ", 2)]
    [InlineData("Вопрос\n\n2024/09/30 06:11:10\n\nответ\n", "Вопрос\n\n\nответ\n", 1)]
    [InlineData("24.5K subscribers\n73 videos", "", 2)]
    [InlineData("Media is too big\n", "", 1)]
    public void Chrome_lines_are_dropped_and_the_rest_kept_as_they_were(string text, string expected, int dropped)
    {
        Assert.Equal((expected, dropped), ChromeFilter.Strip(text));
    }

    [Theory]
    [InlineData("  Please Open Telegram To View This Post ", true)]
    [InlineData("ANONYMOUS QUIZ", true)]
    [InlineData("anonymous quizzes", false)]
    [InlineData("🔥 12", true)]
    [InlineData("12 файлов", true)]
    [InlineData("   ", false)]
    public void A_line_is_chrome_whatever_its_case_and_surrounding_spaces(string line, bool chrome)
    {
        Assert.Equal(chrome, ChromeFilter.IsChrome(line));
    }
}
