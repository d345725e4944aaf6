using Sobes.Testing;
using Xunit.Sdk;

namespace Sobes.Data.Tests.Infrastructure;

public sealed class RequirementsTests
{
    private const string What = "Widget is not installed: apt-get install widget";

    [Fact]
    public void Available_part_lets_the_test_run()
    {
        Requirements.SkipUnless(available: true, What, requireAll: true);
    }

    [Fact]
    public void Missing_part_skips_the_test()
    {
        var skip = Assert.Throws<Xunit.SkipException>(() => Requirements.SkipUnless(available: false, What, requireAll: false));

        Assert.StartsWith(What, skip.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_part_fails_the_test_when_everything_is_required()
    {
        var error = Assert.Throws<XunitException>(() => Requirements.SkipUnless(available: false, What, requireAll: true));

        Assert.Equal("SOBES_REQUIRE_ALL=1 but " + What, error.Message);
    }
}
