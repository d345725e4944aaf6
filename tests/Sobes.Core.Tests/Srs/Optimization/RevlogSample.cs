using System.Text.Json;
using Sobes.Core.Srs.Optimization;

namespace Sobes.Core.Tests.Srs.Optimization;

/// <summary>The reference review log and what fsrs-rs made of it, read once per test run.</summary>
internal static class RevlogSample
{
    private static readonly Lazy<IReadOnlyList<FsrsItem>> LazyItems = new(() =>
    {
        using var reader = new StreamReader(ReferenceFiles.RevlogSample);
        var log = ReviewLogCsv.Read(reader, "revlog-sample.csv");
        Assert.Null(log.Error);
        return FsrsItems.FromReviewLog(log.Entries, FsrsItems.DefaultDayStart);
    });

    private static readonly Lazy<JsonElement> LazyFit = new(() =>
        JsonDocument.Parse(File.ReadAllText(ReferenceFiles.RevlogSampleFit)).RootElement.Clone());

    public static IReadOnlyList<FsrsItem> Items => LazyItems.Value;

    public static double Reference(string name) => LazyFit.Value.GetProperty(name).GetDouble();

    public static IReadOnlyList<double> ReferenceParameters =>
        LazyFit.Value.GetProperty("params").EnumerateArray().Select(p => p.GetDouble()).ToList();
}
