namespace Sobes.Core.Srs.Optimization;

/// <summary>How far the optimizer got with a history.</summary>
public enum OptimizerStage
{
    /// <summary>Too little data: fewer than 8 training items, or no first interval to pretrain from (the defaults are returned).</summary>
    NotEnoughData,

    /// <summary>Only the initial stabilities were fitted (fewer than 64 training items, or no item beyond a first interval).</summary>
    Pretrained,

    /// <summary>All parameters were trained.</summary>
    Trained,
}

/// <summary>What <see cref="FsrsOptimizer.ComputeParameters"/> produced.</summary>
/// <param name="Parameters">The parameters (the defaults when <paramref name="Stage"/> is <see cref="OptimizerStage.NotEnoughData"/>).</param>
/// <param name="Stage">How far the optimizer got.</param>
/// <param name="TrainingItems">Items left after the outlier filter.</param>
/// <param name="InitialStability">The pretrained S0 per first rating, or null when there was nothing to pretrain on.</param>
public sealed record OptimizerRun(FsrsParameters Parameters, OptimizerStage Stage, int TrainingItems, InitialStabilityFit? InitialStability);

/// <summary>The outcome of <see cref="FsrsOptimizer.Fit"/>: the parameters to use from now on and the evidence.</summary>
/// <param name="Parameters">The fitted parameters if they beat the current ones on the same items, else the current ones.</param>
/// <param name="Improved">Whether the fitted parameters were kept.</param>
/// <param name="Run">The optimizer's own result, kept or not.</param>
/// <param name="Fitted">The fitted parameters' evaluation (<see cref="FsrsEvaluator.EvaluateFiltered"/>; null when there was not enough data).</param>
/// <param name="Current">The current parameters' evaluation on the same items (null when the outlier filter kept none).</param>
public sealed record FsrsFit(FsrsParameters Parameters, bool Improved, OptimizerRun Run, FsrsEvaluation? Fitted, FsrsEvaluation? Current);
