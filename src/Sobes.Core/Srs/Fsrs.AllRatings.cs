namespace Sobes.Core.Srs;

public static partial class Fsrs
{
    /// <summary>The four next states at once, sharing the terms that do not depend on the rating.</summary>
    internal static NextStates AllRatings(in Weights w, MemoryState? current, int elapsedDays, double retention)
    {
        var perDay = IntervalPerStabilityDay(w.Decay, retention);
        if (current is not { } state)
        {
            return new NextStates(
                Initial(w, 1, perDay), Initial(w, 2, perDay), Initial(w, 3, perDay), Initial(w, 4, perDay));
        }

        var s = state.Stability.Days;
        var d = state.Difficulty.Value;
        var meanDifficulty = InitialDifficulty(w, 4);
        double again, hard, good, easy;
        if (elapsedDays == 0)
        {
            var sToMinusW19 = Math.Pow(s, -w[19]);
            again = ShortTermStability(w, s, sToMinusW19, 1);
            hard = ShortTermStability(w, s, sToMinusW19, 2);
            good = ShortTermStability(w, s, sToMinusW19, 3);
            easy = ShortTermStability(w, s, sToMinusW19, 4);
        }
        else
        {
            var r = ForgettingCurve(w.Decay, elapsedDays, s);
            var growth = RecallGrowth(w, s, d, r);
            again = StabilityAfterLapse(w, s, d, r);
            hard = s * (1 + (growth * w[15]));
            good = s * (1 + growth);
            easy = s * (1 + (growth * w[16]));
        }

        return new NextStates(
            After(again, NextDifficulty(w, d, 1, meanDifficulty), perDay),
            After(hard, NextDifficulty(w, d, 2, meanDifficulty), perDay),
            After(good, NextDifficulty(w, d, 3, meanDifficulty), perDay),
            After(easy, NextDifficulty(w, d, 4, meanDifficulty), perDay));
    }

    private static NextState Initial(in Weights w, int rating, double perDay) =>
        After(InitialStability(w, rating), Math.Clamp(InitialDifficulty(w, rating), Difficulty.Min, Difficulty.Max), perDay);

    private static NextState After(double stability, double difficulty, double perDay)
    {
        var s = Math.Clamp(stability, Stability.MinDays, Stability.MaxDays);
        var memory = new MemoryState(new Stability(s), new Difficulty(difficulty));
        return new NextState(memory, Math.Clamp(s * perDay, 0, Stability.MaxDays));
    }
}
