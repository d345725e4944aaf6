using System.Runtime.CompilerServices;

namespace Sobes.Core.Srs.Optimization;

internal sealed partial class FsrsLoss
{
    // One memory update (the formulas of Fsrs.Formulas.cs, fsrs-rs model.rs), recording what the reverse pass needs.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (double S, double D) Forward(ReadOnlySpan<double> w, int nth, double s, double d, double deltaT, int rating, out Step step)
    {
        step = default;
        step.Rating = rating;
        if (nth == 0)
        {
            step.Kind = Kind.First;
            var s0 = w[rating - 1];
            var d0 = w[4] - Math.Exp(w[5] * (rating - 1)) + 1;
            step.SInRange = s0 is >= Stability.MinDays and <= Stability.MaxDays;
            step.DInRange = d0 is >= Difficulty.Min and <= Difficulty.Max;
            return (Math.Clamp(s0, Stability.MinDays, Stability.MaxDays), Math.Clamp(d0, Difficulty.Min, Difficulty.Max));
        }

        step.S = s;
        step.D = d;
        step.DeltaT = deltaT;
        double next;
        if (deltaT == 0)
        {
            // Same day: S·e^(w17·(G − 3 + w18))·S^(−w19), never below S unless Again.
            step.Kind = Kind.SameDay;
            var raw = Math.Exp(w[17] * (rating - 3 + w[18])) * Math.Pow(s, -w[19]);
            step.Raw = raw;
            step.RawActive = rating < 2 || raw >= 1;
            step.Value = step.RawActive ? raw : 1;
            next = s * step.Value;
        }
        else
        {
            var r = Curve(deltaT, s, out var curveBase);
            step.R = r;
            step.CurveBase = curveBase;
            if (rating == 1)
            {
                // Lapse: w11·D^(−w12)·((S+1)^w13 − 1)·e^(w14·(1−R)), never above S / e^(w17·w18).
                step.Kind = Kind.Lapse;
                var power = Math.Pow(s + 1, w[13]);
                var core = w[11] * Math.Pow(d, -w[12]) * Math.Exp(w[14] * (1 - r));
                var raw = core * (power - 1);
                var ceiling = s / p.LapseCeilingDivisor;
                step.Raw = raw;
                step.Value = core * power;
                step.RawActive = !(ceiling < raw);
                next = step.RawActive ? raw : ceiling;
            }
            else
            {
                // Recall: S·(1 + e^w8·(11 − D)·S^(−w9)·(e^(w10·(1−R)) − 1)·hard·easy).
                step.Kind = Kind.Recall;
                step.Raw = p.ExpW8 * (11 - d) * Math.Pow(s, -w[9]);
                step.Value = Math.Exp(w[10] * (1 - r));
                next = s * (1 + (step.Raw * (step.Value - 1) * RatingFactor(w, rating)));
            }
        }

        var delta = -w[6] * (rating - 3);
        var damped = d + ((10 - d) * delta / 9);
        var reverted = (w[7] * (p.EasyDifficulty - damped)) + damped;
        step.SInRange = next is >= Stability.MinDays and <= Stability.MaxDays;
        step.DInRange = reverted is >= Difficulty.Min and <= Difficulty.Max;
        return (Math.Clamp(next, Stability.MinDays, Stability.MaxDays), Math.Clamp(reverted, Difficulty.Min, Difficulty.Max));
    }

    // The reverse of one step: from dL/d(S', D') to dL/d(S, D), adding the parameters' share to the gradient.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (double GS, double GD) Backward(ReadOnlySpan<double> w, in Step step, double gSOut, double gDOut, Span<double> gradient)
    {
        var g = step.SInRange ? gSOut : 0;
        var rating = step.Rating;
        if (step.Kind == Kind.First)
        {
            gradient[rating - 1] += g;
            if (step.DInRange)
            {
                gradient[4] += gDOut;
                gradient[5] += gDOut * -(rating - 1) * Math.Exp(w[5] * (rating - 1));
            }

            return (0, 0);
        }

        var s = step.S;
        var d = step.D;
        double gS = 0, gD = 0, gR = 0;
        if (g != 0)
        {
            switch (step.Kind)
            {
                case Kind.SameDay:
                    gS += g * step.Value;
                    if (step.RawActive)
                    {
                        var gRaw = g * s * step.Raw;
                        gradient[17] += gRaw * (rating - 3 + w[18]);
                        gradient[18] += gRaw * w[17];
                        gradient[19] -= gRaw * Math.Log(s);
                        gS -= gRaw * w[19] / s;
                    }

                    break;
                case Kind.Lapse when !step.RawActive:
                    var ceiling = s / p.LapseCeilingDivisor;
                    gradient[17] -= g * ceiling * w[18];
                    gradient[18] -= g * ceiling * w[17];
                    gS += g / p.LapseCeilingDivisor;
                    break;
                case Kind.Lapse:
                    var raw = step.Raw;
                    gradient[11] += g * raw / w[11];
                    gradient[12] -= g * raw * Math.Log(d);
                    gradient[13] += g * step.Value * Math.Log(s + 1);
                    gradient[14] += g * raw * (1 - step.R);
                    gS += g * step.Value * w[13] / (s + 1);
                    gD -= g * raw * w[12] / d;
                    gR -= g * raw * w[14];
                    break;
                default:
                    var factor = RatingFactor(w, rating);
                    var a = step.Raw;
                    var e = step.Value;
                    var increase = a * (e - 1) * factor;
                    var gIncrease = g * s;
                    gS += (g * (1 + increase)) - (gIncrease * increase * w[9] / s);
                    gD -= gIncrease * increase / (11 - d);
                    gR -= gIncrease * a * factor * w[10] * e;
                    gradient[8] += gIncrease * increase;
                    gradient[9] -= gIncrease * increase * Math.Log(s);
                    gradient[10] += gIncrease * a * factor * (1 - step.R) * e;
                    if (rating == 2)
                    {
                        gradient[15] += gIncrease * a * (e - 1);
                    }
                    else if (rating == 4)
                    {
                        gradient[16] += gIncrease * a * (e - 1);
                    }

                    break;
            }
        }

        if (step.DInRange && gDOut != 0)
        {
            var delta = -w[6] * (rating - 3);
            var damped = d + ((10 - d) * delta / 9);
            gradient[7] += gDOut * (p.EasyDifficulty - damped);
            gradient[4] += gDOut * w[7];
            gradient[5] -= gDOut * w[7] * 3 * p.Exp3W5;
            var gDamped = gDOut * (1 - w[7]);
            gradient[6] -= gDamped * (10 - d) * (rating - 3) / 9;
            gD += gDamped * (1 - (delta / 9));
        }

        if (step.Kind != Kind.SameDay)
        {
            gS += CurveBackward(step.DeltaT, s, step.R, step.CurveBase, gR, gradient);
        }

        return (gS, gD);
    }

    private static double RatingFactor(ReadOnlySpan<double> w, int rating) => rating switch
    {
        2 => w[15],
        4 => w[16],
        _ => 1,
    };
}
