using Sobes.Core.Posts;

namespace Sobes.Core.Tests;

public sealed class PostsTests
{
    [Fact]
    public void Diagnostic_names_file_line_and_column()
    {
        var d = Diagnostic.Error("dump.json", 12, 5, "unexpected end of data");
        Assert.Equal("dump.json:12:5: error: unexpected end of data", d.ToString());
    }
}
