using Sobes.Core.Srs;
using Sobes.Core.Srs.Optimization;
using static Sobes.Core.Tests.Srs.Optimization.FsrsEvaluatorTests;

namespace Sobes.Core.Tests.Srs.Optimization;

public sealed class FsrsLossTests
{
    // Histories through every branch: first reviews of each rating, same-day reviews (Again lowers S, the others may
    // not), lapses on both sides of the ceiling S / e^(w17·w18), and Hard, Good and Easy recalls.
    private static readonly FsrsItem[] Items =
    [
        Item((1, 0), (3, 0), (3, 1), (3, 3), (1, 9)),
        Item((2, 0), (3, 2), (2, 4), (4, 8)),
        Item((3, 0), (1, 0), (3, 0), (3, 1), (1, 5), (3, 1), (3, 4)),
        Item((4, 0), (4, 6), (3, 20), (1, 40), (1, 1), (3, 2)),
        Item((3, 0), (3, 3), (3, 9), (1, 30), (3, 0), (2, 2), (1, 3)),
        Item((1, 0), (1, 0), (2, 0), (4, 0), (3, 1)),
    ];

    [Fact]
    public void The_hand_written_gradient_matches_finite_differences()
    {
        var w = FsrsParameters.Default.Values.ToArray();
        w[7] = 0.05; // away from its floor, where the loss itself is smooth anyway
        var weights = Items.Select((_, i) => 0.5 + (0.1 * i)).ToArray();
        var batch = new ItemBatch(Items, weights);
        var gradient = new double[FsrsParameters.Count];
        var loss = new FsrsLoss();

        loss.LossAndGradient(w, batch, gradient);

        for (var i = 0; i < FsrsParameters.Count; i++)
        {
            const double H = 1e-6;
            var up = (double[])w.Clone();
            var down = (double[])w.Clone();
            up[i] += H;
            down[i] -= H;
            var numeric = (loss.LossAndGradient(up, batch, new double[FsrsParameters.Count])
                - loss.LossAndGradient(down, batch, new double[FsrsParameters.Count])) / (2 * H);
            Assert.True(
                Math.Abs(numeric - gradient[i]) <= 1e-6 + (1e-5 * Math.Abs(numeric)),
                $"w{i}: analytic {gradient[i]}, numeric {numeric}");
        }
    }

    [Fact]
    public void The_loss_predicts_recall_as_the_scheduler_does()
    {
        var parameters = FsrsParameters.Default;
        var batch = new ItemBatch(Items, Items.Select(_ => 1.0).ToArray());
        var predictions = new double[Items.Length];

        new FsrsLoss().Predict(parameters.Values.ToArray(), batch, predictions);

        for (var i = 0; i < Items.Length; i++)
        {
            MemoryState? memory = null;
            foreach (var review in Items[i].Reviews.Take(Items[i].Reviews.Length - 1))
            {
                memory = Fsrs.Step(parameters, memory, review.DeltaT, new Rating(review.Rating));
            }

            Assert.Equal(Fsrs.Retrievability(parameters, memory!.Value.Stability, Items[i].Current.DeltaT), predictions[i], 1e-12);
        }
    }
}
