namespace Sobes.Core.Srs.Optimization;

/// <summary>How well parameters predict a review history: log loss and RMSE(bins), as fsrs-rs reports them.</summary>
/// <param name="LogLoss">The weighted binary cross-entropy of the predicted recall at each labelled review.</param>
/// <param name="RmseBins">The root of the weighted mean squared gap between predicted and actual recall per bin.</param>
public sealed record FsrsEvaluation(double LogLoss, double RmseBins);
