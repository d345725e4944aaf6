namespace Sobes.Import.Sample;

/// <summary>A small Telegram Desktop JSON export shipped with Sobes, so a fresh install has something to practise on.</summary>
public static class SampleContent
{
    public const string FileName = "sobes-sample.json";

    private const string ResourceName = "Sobes.Import.Sample." + FileName;

    /// <summary>Opens the embedded export; the caller disposes the stream.</summary>
    public static Stream Open() =>
        typeof(SampleContent).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
}
