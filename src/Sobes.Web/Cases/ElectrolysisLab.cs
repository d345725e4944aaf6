using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Sobes.Cases.Electrolysis.Files;
using Sobes.Cases.Electrolysis.Generation;
using Sobes.Cases.Electrolysis.Modelling;
using Sobes.Data.Storage;

namespace Sobes.Web.Cases;

/// <summary>What scoring a seed needs, kept on disk beside its data: the hidden samples and where the reference models stand.</summary>
public sealed record CaseKey(long Seed, IReadOnlyList<ScoredSample> Scored, IReadOnlyList<RegressionScore> Models, double NoiseFloorMae);

/// <summary>A scored submission with the key it was scored against, or the schema errors (file, row, column) that stopped it.</summary>
public sealed record SubmissionOutcome(RegressionScore? Score, CaseKey? Key, IReadOnlyList<SchemaError> Errors);

/// <summary>
/// The electrolysis case per seed, generated once and cached under the app's data folder: the zip of the files
/// <c>sobes case electrolysis new</c> writes, and the scoring key (hidden samples, the reference solution's scores).
/// A seed is built on a pool thread once however many requests ask for it at the same time, at most
/// <c>Sobes:CaseBuilds</c> seeds at once (half the cores by default; a build takes a core for seconds), and the build
/// stops when the request that started it is gone (another request still waiting for the seed starts it again).
/// Any seed may be asked for, so only the most recently used ones are kept (<c>Sobes:CaseSeedsKept</c>, 16 by default,
/// about 20 MB each).
/// </summary>
public sealed partial class ElectrolysisLab(IConfiguration configuration, SobesDatabase database, ILogger<ElectrolysisLab> logger) : IDisposable
{
    /// <summary>Configuration key of the folder the cases are cached in.</summary>
    public const string FolderKey = "Sobes:CaseData";

    /// <summary>Configuration key of how many seeds are kept on disk and in memory (the most recently used).</summary>
    public const string KeptKey = "Sobes:CaseSeedsKept";

    public const int DefaultKept = 16;

    /// <summary>Configuration key of how many seeds may be built at once.</summary>
    public const string BuildsKey = "Sobes:CaseBuilds";

    public const long MaxSeed = 999_999_999;

    private static readonly JsonSerializerOptions Json = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private readonly ConcurrentDictionary<long, Lazy<Task<CaseKey>>> seeds = new();
    private readonly SemaphoreSlim builds = new(int.TryParse(configuration[BuildsKey], out var n) && n > 0 ? n : Math.Max(1, Environment.ProcessorCount / 2));

    /// <summary>
    /// <c>Sobes:CaseData</c> if set; else beside a SQLite library (<c>sobes.db.cases</c>); else the user's data folder's
    /// <c>sobes/cases</c> (the data depends on the seed alone, so libraries may share it).
    /// </summary>
    public string Folder => configuration[FolderKey] is { Length: > 0 } configured ? configured
        : database.Location.Provider == DatabaseProvider.Sqlite ? database.Location.Display + ".cases"
        : Path.Combine(Path.GetDirectoryName(DatabaseLocation.DefaultSqlitePath)!, "cases");

    public static bool IsSeed(long seed) => seed is >= 0 and <= MaxSeed;

    public void Dispose() => builds.Dispose();

    /// <summary>The zip of the case's files for <paramref name="seed"/>, built first if needed.</summary>
    public async Task<string> DataZipAsync(long seed, CancellationToken cancellationToken)
    {
        await KeyAsync(seed, cancellationToken);
        return Path.Combine(SeedFolder(seed), "data.zip");
    }

    /// <summary>The scoring key of <paramref name="seed"/>, built first if needed.</summary>
    public async Task<CaseKey> KeyAsync(long seed, CancellationToken cancellationToken)
    {
        if (!IsSeed(seed))
        {
            throw new ArgumentOutOfRangeException(nameof(seed), seed, $"A seed is from 0 to {MaxSeed}.");
        }

        while (true)
        {
            var build = seeds.GetOrAdd(seed, s => new Lazy<Task<CaseKey>>(() => BuildAsync(s, cancellationToken)));
            if (build.Value.IsFaulted)
            {
                seeds.TryRemove(new KeyValuePair<long, Lazy<Task<CaseKey>>>(seed, build));
            }

            try
            {
                return await UsedAsync(seed, build.Value.WaitAsync(cancellationToken));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The request that started the build went away; this one is still here, so it builds the seed itself.
                seeds.TryRemove(new KeyValuePair<long, Lazy<Task<CaseKey>>>(seed, build));
            }
        }
    }

    private async Task<CaseKey> BuildAsync(long seed, CancellationToken cancellationToken)
    {
        await builds.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(() => Build(seed, cancellationToken), cancellationToken);
        }
        finally
        {
            builds.Release();
        }
    }

    private int Kept => int.TryParse(configuration[KeptKey], out var kept) && kept > 0 ? kept : DefaultKept;

    private async Task<CaseKey> UsedAsync(long seed, Task<CaseKey> building)
    {
        var key = await building;
        var folder = SeedFolder(seed);
        try
        {
            // The folder's time orders the seeds by last use, across restarts too.
            Directory.SetLastWriteTimeUtc(folder, DateTime.UtcNow);
        }
        catch (IOException)
        {
            // Evicted by another request a moment ago: the next use builds it again.
        }

        return key;
    }

    /// <summary>Removes all but the most recently used seeds, never <paramref name="keep"/>; a file being downloaded stays readable (on Unix).</summary>
    private void Evict(long keep)
    {
        var root = new DirectoryInfo(Path.Combine(Folder, "electrolysis"));
        var keepName = Path.GetFileName(SeedFolder(keep));
        var stale = root.EnumerateDirectories("seed-*").Where(d => d.Name != keepName)
            .OrderByDescending(d => d.LastWriteTimeUtc).Skip(Kept - 1).ToList();
        foreach (var folder in stale)
        {
            if (long.TryParse(folder.Name["seed-".Length..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seed))
            {
                seeds.TryRemove(seed, out _);
            }

            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // In use on a system that locks open files: it goes at a later eviction.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }

    /// <summary>
    /// Scores a submission file against the hidden samples, exactly as <c>sobes case electrolysis score</c> does. The
    /// file is read first, so a malformed one is answered without building the seed.
    /// </summary>
    public async Task<SubmissionOutcome> ScoreAsync(long seed, string fileName, TextReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var submission = Submission.Read(fileName, reader);
        if (!submission.Ok)
        {
            return new SubmissionOutcome(null, null, submission.Errors);
        }

        var key = await KeyAsync(seed, cancellationToken);
        var score = submission.Value!.Score(fileName, key.Scored);
        return new SubmissionOutcome(score.Ok ? score.Value : null, key, score.Errors);
    }

    private string SeedFolder(long seed) => Path.Combine(Folder, "electrolysis", "seed-" + seed.ToString(System.Globalization.CultureInfo.InvariantCulture));

    // The stages cannot be interrupted; the request's cancellation is checked between them, before anything is kept.
    private CaseKey Build(long seed, CancellationToken cancellationToken)
    {
        var folder = SeedFolder(seed);
        var keyPath = Path.Combine(folder, "key.json");
        var zipPath = Path.Combine(folder, "data.zip");
        if (File.Exists(keyPath) && File.Exists(zipPath))
        {
            using var cached = File.OpenRead(keyPath);
            if (JsonSerializer.Deserialize<CaseKey>(cached, Json) is { } key && key.Seed == seed)
            {
                return key;
            }
        }

        var clock = Stopwatch.StartNew();
        cancellationToken.ThrowIfCancellationRequested();
        var generated = ElectrolysisGenerator.Generate(new CaseOptions(seed));
        cancellationToken.ThrowIfCancellationRequested();
        var work = Path.Combine(Folder, "electrolysis", $".build-{seed}-{Guid.NewGuid():N}");
        try
        {
            var files = Path.Combine(work, "files");
            CaseFiles.WriteCase(generated, files);
            Directory.CreateDirectory(folder);
            ZipFile.CreateFromDirectory(files, Path.Combine(work, "data.zip"), CompressionLevel.Fastest, includeBaseDirectory: false);
            cancellationToken.ThrowIfCancellationRequested();
            var evaluation = CaseEvaluation.Evaluate(generated, withWrongPipeline: false);
            cancellationToken.ThrowIfCancellationRequested();
            var built = new CaseKey(seed, generated.Scored, evaluation.Hidden, generated.NoiseFloorMae);
            File.WriteAllText(Path.Combine(work, "key.json"), JsonSerializer.Serialize(built, Json));
            File.Move(Path.Combine(work, "data.zip"), zipPath, overwrite: true);
            File.Move(Path.Combine(work, "key.json"), keyPath, overwrite: true);
            LogBuilt(logger, seed, clock.Elapsed.TotalSeconds, folder);
            Evict(seed);
            return built;
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Built the electrolysis case for seed {Seed} in {Seconds:F1} s into {Folder}")]
    private static partial void LogBuilt(ILogger logger, long seed, double seconds, string folder);
}
