using Sobes.Testing;

namespace Sobes.Data.Tests.Infrastructure;

public sealed class TestPathsTests
{
    [Fact]
    public void Repo_root_holds_the_solution_and_this_test_project()
    {
        Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot, "Sobes.slnx")));
        Assert.True(File.Exists(Path.Combine(TestPaths.TestProject("Sobes.Data.Tests"), "Sobes.Data.Tests.csproj")));
    }

    [Fact]
    public void Reference_folder_lies_inside_the_shared_folder()
    {
        Skip.If(TestPaths.ReferenceFolder is null, "no ../shared/reference next to the repository");

        Assert.Equal(TestPaths.SharedFolder, Path.GetDirectoryName(TestPaths.ReferenceFolder));
    }
}
