using System.Collections.Immutable;

namespace Sobes.Core.Srs;

public readonly partial record struct FsrsParameters
{
    private static readonly ImmutableArray<double> DefaultValues =
    [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ];

    // Initial stabilities are capped at fsrs-rs INIT_S_MAX = 100 days.
    private const double InitialStabilityMax = 100;

    // fsrs-rs src/parameter_clipper.rs (FSRS-6 variant). fsrs-rs lowers the w17/w18 ceiling when
    // there are several relearning steps and raises w19's floor to 0.01 for its optimizer; for
    // scheduling, the plain ranges below are what it applies to a given vector.
    private static readonly (double Low, double High)[] Clamps =
    [
        (Stability.MinDays, InitialStabilityMax),
        (Stability.MinDays, InitialStabilityMax),
        (Stability.MinDays, InitialStabilityMax),
        (Stability.MinDays, InitialStabilityMax),
        (Difficulty.Min, Difficulty.Max),
        (0.001, 4.0),
        (0.001, 4.0),
        (0.001, 0.75),
        (0.0, 4.5),
        (0.0, 0.8),
        (0.001, 3.5),
        (0.001, 5.0),
        (0.001, 0.25),
        (0.001, 0.9),
        (0.0, 4.0),
        (0.0, 1.0),
        (1.0, 6.0),
        (0.0, 2.0),
        (0.0, 2.0),
        (0.0, 0.8),
        (0.1, 0.8),
    ];
}
