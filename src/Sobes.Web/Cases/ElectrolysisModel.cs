using System.Diagnostics;
using Sobes.Cases.Electrolysis.Generation;
using Sobes.Cases.Electrolysis.Modelling;

namespace Sobes.Web.Cases;

/// <summary>
/// The reference model behind the prediction service: trained once per process on the case of seed
/// <see cref="Seed"/> (or loaded from the file a previous process saved) on a pool thread, so the requests
/// that wait for it wait asynchronously and every other request goes on being served.
/// </summary>
internal sealed partial class ElectrolysisModel(ElectrolysisLab lab, ILogger<ElectrolysisModel> logger)
{
    public const long Seed = 1;

    private readonly Lock gate = new();
    private Task<ElectrolysisPredictor>? loading;

    public string FilePath => Path.Combine(lab.Folder, "electrolysis", $"model-seed-{Seed}.zip");

    /// <summary>How long the last training or loading took; null until it finished.</summary>
    public TimeSpan? ReadyAfter { get; private set; }

    public Task<ElectrolysisPredictor> GetAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (loading is null || loading.IsFaulted || loading.IsCanceled)
            {
                loading = Task.Run(LoadOrTrain, CancellationToken.None);
            }

            return loading.WaitAsync(cancellationToken);
        }
    }

    private ElectrolysisPredictor LoadOrTrain()
    {
        var clock = Stopwatch.StartNew();
        if (File.Exists(FilePath))
        {
            try
            {
                var loaded = ElectrolysisPredictor.Load(FilePath);
                ReadyAfter = clock.Elapsed;
                LogReady(logger, "loaded", FilePath, clock.Elapsed.TotalSeconds);
                return loaded;
            }
            catch (Exception e) when (e is InvalidDataException or IOException or System.Text.Json.JsonException or InvalidOperationException or ArgumentException)
            {
                // A file from another build of the model: train afresh and replace it.
                LogStale(logger, FilePath, e.Message);
            }
        }

        var run = ReferencePipeline.Run(CaseInputs.From(ElectrolysisGenerator.Generate(new CaseOptions(Seed))), []);
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var temporary = FilePath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        run.Predictor.Save(temporary);
        File.Move(temporary, FilePath, overwrite: true);
        ReadyAfter = clock.Elapsed;
        LogReady(logger, "trained", FilePath, clock.Elapsed.TotalSeconds);
        return run.Predictor;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The electrolysis reference model was {How} ({Path}) in {Seconds:F1} s")]
    private static partial void LogReady(ILogger logger, string how, string path, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The saved electrolysis model {Path} could not be read ({Reason}); training again")]
    private static partial void LogStale(ILogger logger, string path, string reason);
}
