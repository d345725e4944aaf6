namespace Sobes.Core.Srs;

public static partial class Fsrs
{
    /// <summary>The memory update for one rating, in raw doubles (S clamped to 0.001–36500, D to 1–10).</summary>
    internal static (double Stability, double Difficulty) Step(in Weights w, MemoryState? current, int elapsedDays, int rating)
    {
        if (current is not { } state)
        {
            return (InitialStability(w, rating), Math.Clamp(InitialDifficulty(w, rating), Difficulty.Min, Difficulty.Max));
        }

        var s = state.Stability.Days;
        var d = state.Difficulty.Value;
        double next;
        if (elapsedDays == 0)
        {
            next = ShortTermStability(w, s, Math.Pow(s, -w[19]), rating);
        }
        else
        {
            var r = ForgettingCurve(w.Decay, elapsedDays, s);
            next = rating == 1 ? StabilityAfterLapse(w, s, d, r) : StabilityAfterRecall(w, s, d, r, rating);
        }

        return (Math.Clamp(next, Stability.MinDays, Stability.MaxDays), NextDifficulty(w, d, rating, InitialDifficulty(w, 4)));
    }

    // R(t, S) = (1 + F·t/S)^(−decay), F = 0.9^(−1/decay) − 1 (FSRS-6 trainable decay, w20).
    internal static double ForgettingCurve(double decay, double elapsedDays, double stability) =>
        Math.Pow(1 + (Factor(decay) * elapsedDays / stability), -decay);

    // The forgetting curve solved for t at R = desired retention; capped at S_MAX like fsrs-rs.
    internal static double Interval(double decay, double stability, double retention) =>
        Math.Clamp(stability * IntervalPerStabilityDay(decay, retention), 0, Stability.MaxDays);

    internal static double IntervalPerStabilityDay(double decay, double retention) =>
        (Math.Pow(retention, -1 / decay) - 1) / Factor(decay);

    internal static double Factor(double decay) => Math.Pow(0.9, -1 / decay) - 1;

    // S0(G) = w[G−1].
    internal static double InitialStability(in Weights w, int rating) => Math.Clamp(w[rating - 1], Stability.MinDays, Stability.MaxDays);

    // D0(G) = w4 − e^(w5·(G−1)) + 1; left unclamped here because mean reversion uses the raw D0(4).
    internal static double InitialDifficulty(in Weights w, int rating) => w[4] - Math.Exp(w[5] * (rating - 1)) + 1;

    // ΔD = −w6·(G−3), damped linearly by (10 − D)/9, then reverted towards D0(4) by w7.
    internal static double NextDifficulty(in Weights w, double d, int rating, double easyInitialDifficulty)
    {
        var damped = d + ((10 - d) / 9 * (-w[6] * (rating - 3)));
        var reverted = (w[7] * easyInitialDifficulty) + ((1 - w[7]) * damped);
        return Math.Clamp(reverted, Difficulty.Min, Difficulty.Max);
    }

    // S'r = S·(1 + e^w8·(11 − D)·S^(−w9)·(e^(w10·(1−R)) − 1)·hard·easy), hard = w15 for Hard, easy = w16 for Easy.
    internal static double StabilityAfterRecall(in Weights w, double s, double d, double r, int rating) =>
        s * (1 + (RecallGrowth(w, s, d, r) * RatingFactor(w, rating)));

    internal static double RecallGrowth(in Weights w, double s, double d, double r) =>
        Math.Exp(w[8]) * (11 - d) * Math.Pow(s, -w[9]) * (Math.Exp(w[10] * (1 - r)) - 1);

    internal static double RatingFactor(in Weights w, int rating) => rating switch
    {
        2 => w[15],
        4 => w[16],
        _ => 1,
    };

    // S'f = w11·D^(−w12)·((S+1)^w13 − 1)·e^(w14·(1−R)), never above S / e^(w17·w18) (FSRS-6).
    internal static double StabilityAfterLapse(in Weights w, double s, double d, double r)
    {
        var lapsed = w[11] * Math.Pow(d, -w[12]) * (Math.Pow(s + 1, w[13]) - 1) * Math.Exp(w[14] * (1 - r));
        var ceiling = s / Math.Exp(w[17] * w[18]);
        return Math.Min(lapsed, ceiling);
    }

    // Same-day review: S' = S·e^(w17·(G − 3 + w18))·S^(−w19); only Again may lower stability
    // (fsrs-rs model_v6.rs masks ratings >= 2; the reference cases confirm it for Hard).
    internal static double ShortTermStability(in Weights w, double s, double sToMinusW19, int rating)
    {
        var increase = Math.Exp(w[17] * (rating - 3 + w[18])) * sToMinusW19;
        if (rating >= 2)
        {
            increase = Math.Max(increase, 1);
        }

        return s * increase;
    }
}
