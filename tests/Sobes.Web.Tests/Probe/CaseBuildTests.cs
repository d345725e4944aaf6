using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Sobes.Data.Storage;
using Sobes.Testing;
using Sobes.Web.Cases;

namespace Sobes.Web.Tests.Probe;

/// <summary>Case-data builds take a core for seconds: they are capped, and one whose request is gone stops.</summary>
public sealed class CaseBuildTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();
    private readonly string folder = Directory.CreateTempSubdirectory("sobes-probe-builds-").FullName;

    public void Dispose()
    {
        file.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_build_whose_request_is_cancelled_is_never_finished_and_the_next_build_still_is()
    {
        var log = new BuildLog();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Sobes:CaseData"] = folder, ["Sobes:CaseBuilds"] = "1" }).Build();
        using var lab = new ElectrolysisLab(configuration, new SobesDatabase(DatabaseLocation.Sqlite(file.FilePath)), log);
        using var gone = new CancellationTokenSource();

        var kept = lab.KeyAsync(11, CancellationToken.None);
        var abandoned = lab.KeyAsync(12, gone.Token);
        await gone.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        Assert.Equal(11, (await kept).Seed);
        Assert.Equal(13, (await lab.KeyAsync(13, CancellationToken.None)).Seed);
        Assert.Equal(["seed 11", "seed 13"], log.Built.Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(folder, "electrolysis", "seed-12")));
    }

    private sealed class BuildLog : ILogger<ElectrolysisLab>
    {
        private readonly List<string> built = [];

        public IReadOnlyList<string> Built
        {
            get
            {
                lock (built)
                {
                    return [.. built];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            if (message.StartsWith("Built the electrolysis case for seed ", StringComparison.Ordinal))
            {
                lock (built)
                {
                    built.Add("seed " + message["Built the electrolysis case for seed ".Length..].Split(' ')[0]);
                }
            }
        }
    }
}
