namespace Sobes.Core.Srs.Optimization;

/// <summary>
/// The optimizer's hyperparameters: fsrs-rs's <c>TrainingConfig</c>, except that Sobes makes 10 passes over the data
/// where fsrs-rs makes 5. Its fit costs a fraction of fsrs-rs's, and the longer cosine schedule lands closer to the
/// optimum and depends less on the shuffle: on the reference log, five shuffles give a log loss of 0.45149–0.45168
/// after 5 epochs and 0.45141–0.45148 after 10 (fsrs-rs: 0.45162).
/// </summary>
public sealed record OptimizerSettings
{
    /// <summary>10 epochs of 512-item batches, learning rate 0.04, seed 2023, histories up to 256 reviews, penalty weight 1.</summary>
    public static OptimizerSettings Default { get; } = new();

    /// <summary>Passes over the training set.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Items per mini-batch.</summary>
    public int BatchSize { get; init; } = 512;

    /// <summary>Adam's initial learning rate, decayed to 0 along a cosine.</summary>
    public double LearningRate { get; init; } = 0.04;

    /// <summary>Seeds the shuffle of the batch order, so a given history always gives the same fit.</summary>
    public ulong Seed { get; init; } = 2023;

    /// <summary>Items with more reviews than this are left out of training.</summary>
    public int MaxSequenceLength { get; init; } = 256;

    /// <summary>The weight of the penalty pulling the parameters towards their starting values.</summary>
    public double Gamma { get; init; } = 1.0;

    /// <summary>Whether the same-day (short-term) parameters w17–w19 and the initial stabilities are trained.</summary>
    public bool EnableShortTerm { get; init; } = true;
}
