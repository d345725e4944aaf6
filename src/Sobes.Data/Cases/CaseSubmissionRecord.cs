namespace Sobes.Data.Cases;

/// <summary>One scored submission of a take-home case by a learner: the seed, the file and the figures it got.</summary>
public sealed class CaseSubmissionRecord
{
    public long Id { get; set; }

    public long LearnerId { get; set; }

    /// <summary>The case, e.g. <c>electrolysis</c>.</summary>
    public required string Case { get; set; }

    public long Seed { get; set; }

    public required string FileName { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>Hidden samples scored.</summary>
    public int Count { get; set; }

    public double Mae { get; set; }

    public double Rmse { get; set; }

    public double R2 { get; set; }

    /// <summary>Share of hidden samples inside the submitted intervals; null when the file had none.</summary>
    public double? Coverage { get; set; }
}
