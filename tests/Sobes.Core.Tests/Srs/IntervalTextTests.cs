using Sobes.Core.Srs;

namespace Sobes.Core.Tests.Srs;

public sealed class IntervalTextTests
{
    [Theory]
    [InlineData(20, "<1 min", "<1 мин")]
    [InlineData(600, "10 min", "10 мин")]
    [InlineData(3 * 3600, "3 h", "3 ч")]
    [InlineData(4 * 86400, "4 d", "4 дн")]
    [InlineData(75 * 86400, "2.5 mo", "2.5 мес")]
    [InlineData(730 * 86400, "2 y", "2 г")]
    public void An_interval_is_shown_in_its_largest_whole_unit(int seconds, string english, string russian)
    {
        Assert.Equal(english, IntervalText.Format(TimeSpan.FromSeconds(seconds), "en"));
        Assert.Equal(russian, IntervalText.Format(TimeSpan.FromSeconds(seconds), "ru"));
    }
}
