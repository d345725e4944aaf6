namespace Sobes.Cli.Tests.Cases;

public sealed class CaseCommandTests
{
    [Fact]
    public async Task New_writes_the_data_the_task_and_a_template_that_score_checks()
    {
        var dir = Directory.CreateTempSubdirectory("sobes-case-").FullName;
        try
        {
            var (exit, output) = await CliRun.RunAsync("case", "electrolysis", "new", "--seed", "3", "--out", dir);
            Assert.Equal(0, exit);
            Assert.Contains("target.csv", output, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(dir, "series_3min.csv")));
            Assert.Contains("Критерии", await File.ReadAllTextAsync(Path.Combine(dir, "TASK.ru.md")), StringComparison.Ordinal);

            // The template has empty predictions: score must name the column and the row.
            var (scoreExit, scoreOutput) = await CliRun.RunAsync("case", "electrolysis", "score", Path.Combine(dir, "submission_template.csv"), "--seed", "3");
            Assert.Equal(1, scoreExit);
            Assert.Contains("row 2, column 'prediction'", scoreOutput, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public async Task Score_reports_a_missing_file_as_an_error()
    {
        var (exit, output) = await CliRun.RunAsync("case", "electrolysis", "score", "/nonexistent/sub.csv");
        Assert.NotEqual(0, exit);
        Assert.Contains("no such file", output, StringComparison.Ordinal);
    }
}
