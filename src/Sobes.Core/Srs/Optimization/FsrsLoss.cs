using System.Runtime.CompilerServices;

namespace Sobes.Core.Srs.Optimization;

/// <summary>
/// The training loss of FSRS-6 and its gradient with respect to the 21 parameters, written by hand: a forward pass over
/// each item's history that keeps what every step chose (first review, same-day, lapse or recall; which clamps bit),
/// then a reverse pass that carries dL/dS and dL/dD back through the steps. The loss is fsrs-rs's: the summed weighted
/// binary cross-entropy of the labelled review, with the predicted recall clamped to [1e-7, 1 − 1e-7]. Clamps pass the
/// gradient on their boundary and stop it beyond (as Burn and PyTorch do); the lapse ceiling and the same-day floor
/// pass it along the branch taken. Not thread-safe: one instance per thread.
/// </summary>
internal sealed partial class FsrsLoss
{
    private const double MinProbability = 1e-7;
    private const double MaxProbability = 1 - 1e-7;

    private Step[] steps = new Step[32];
    private Derived p;

    private enum Kind : byte
    {
        First,
        SameDay,
        Lapse,
        Recall,
    }

    /// <summary>The summed weighted loss of the batch; adds its gradient to <paramref name="gradient"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double LossAndGradient(ReadOnlySpan<double> w, ItemBatch batch, Span<double> gradient)
    {
        p = new Derived(w);
        if (steps.Length < batch.MaxLength)
        {
            steps = new Step[batch.MaxLength];
        }

        var loss = 0.0;
        for (var i = 0; i < batch.Count; i++)
        {
            loss += ItemLossAndGradient(w, batch, i, gradient);
        }

        return loss;
    }

    /// <summary>The predicted probability of recall at each item's labelled review (no gradient).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Predict(ReadOnlySpan<double> w, ItemBatch batch, Span<double> predictions)
    {
        p = new Derived(w);
        for (var i = 0; i < batch.Count; i++)
        {
            var start = batch.Starts[i];
            var historyLength = batch.Lengths[i] - 1;
            double s = 0, d = 0;
            for (var t = 0; t < historyLength; t++)
            {
                (s, d) = Forward(w, t, s, d, batch.DeltaTs[start + t], batch.Ratings[start + t], out _);
            }

            predictions[i] = Curve(batch.DeltaTs[start + historyLength], s, out _);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double ItemLossAndGradient(ReadOnlySpan<double> w, ItemBatch batch, int item, Span<double> gradient)
    {
        var start = batch.Starts[item];
        var historyLength = batch.Lengths[item] - 1;
        double s = 0, d = 0;
        for (var t = 0; t < historyLength; t++)
        {
            (s, d) = Forward(w, t, s, d, batch.DeltaTs[start + t], batch.Ratings[start + t], out steps[t]);
        }

        var deltaT = batch.DeltaTs[start + historyLength];
        var r = Curve(deltaT, s, out var curveBase);
        var label = batch.Labels[item];
        var weight = batch.Weights[item];
        var clamped = Math.Clamp(r, MinProbability, MaxProbability);
        var loss = -((label * Math.Log(clamped)) + ((1 - label) * Math.Log(1 - clamped))) * weight;
        if (r is <= MinProbability or >= MaxProbability || weight == 0)
        {
            return loss;
        }

        var gR = -weight * ((label / r) - ((1 - label) / (1 - r)));
        var gS = CurveBackward(deltaT, s, r, curveBase, gR, gradient);
        var gD = 0.0;
        for (var t = historyLength - 1; t >= 0; t--)
        {
            (gS, gD) = Backward(w, in steps[t], gS, gD, gradient);
        }

        return loss;
    }

    // R(t, S) = (1 + F·t/S)^(−w20).
    private double Curve(double t, double s, out double curveBase)
    {
        curveBase = 1 + (p.Factor * t / s);
        return Math.Pow(curveBase, -p.Decay);
    }

    // dR/dS = R·w20·F·t / (base·S²); dR/dw20 = R·(−ln base − w20·(t/S)·(dF/dw20) / base). Returns dL/dS.
    private double CurveBackward(double t, double s, double r, double curveBase, double gR, Span<double> gradient)
    {
        if (gR == 0 || t == 0)
        {
            return 0;
        }

        gradient[20] += gR * r * (-Math.Log(curveBase) - (p.Decay * t / s * p.FactorPerDecay / curveBase));
        return gR * r * p.Decay * p.Factor * t / (curveBase * s * s);
    }

    /// <summary>Parameters and the quantities every step reuses.</summary>
    private readonly struct Derived
    {
        public Derived(ReadOnlySpan<double> w)
        {
            Decay = w[20];
            var power = Math.Pow(0.9, -1 / Decay);
            Factor = power - 1;
            FactorPerDecay = power * Math.Log(0.9) / (Decay * Decay);
            ExpW8 = Math.Exp(w[8]);
            LapseCeilingDivisor = Math.Exp(w[17] * w[18]);
            Exp3W5 = Math.Exp(3 * w[5]);
            EasyDifficulty = w[4] - Exp3W5 + 1;
        }

        public double Decay { get; }

        public double Factor { get; }

        public double FactorPerDecay { get; }

        public double ExpW8 { get; }

        public double LapseCeilingDivisor { get; }

        public double Exp3W5 { get; }

        public double EasyDifficulty { get; }
    }

    /// <summary>What one forward step chose and the values its reverse step needs.</summary>
    private struct Step
    {
        public Kind Kind;
        public int Rating;
        public double S;
        public double D;
        public double DeltaT;
        public double R;
        public double CurveBase;
        public double Raw;
        public double Value;
        public bool RawActive;
        public bool SInRange;
        public bool DInRange;
    }
}
