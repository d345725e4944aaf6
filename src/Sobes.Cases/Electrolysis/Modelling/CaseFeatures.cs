using Sobes.Cases.Electrolysis.Data;

namespace Sobes.Cases.Electrolysis.Modelling;

/// <summary>
/// Features of one prediction time, every one from a window that ends at that time, and the anchor: the last lab
/// result old enough to have arrived (results come 2–6 h late, so only samples at least 6 h old count).
/// </summary>
internal sealed partial class CaseFeatures(SensorTable table, SignalStep noiseStep, IReadOnlyList<DoseMass> masses, IReadOnlyList<LabSample> labs)
{
    public static readonly TimeSpan LabArrival = TimeSpan.FromHours(6);

    public static IReadOnlyList<string> Names { get; } =
    [
        "emf_med_1h", "emf_med_3h", "emf_med_12h", "slope_med_1h", "slope_med_3h", "noise_med_1h", "noise_med_12h",
        "doses_1h", "doses_3h", "doses_12h", "feed_kg_12h", "board_med_12h", "face_med_12h", "deaf_med_12h",
        "lab_last", "lab_age_h", "emf_med_1h_at_lab", "emf_delta_1h", "doses_per_h_since_lab", "emf_med_3h_at_lab",
        "emf_delta_3h", "rows_present_3h", "anode_effect_rows_3h", "lab_before_last", "alumina_from_emf_1h", "alumina_from_emf_3h", "anchor_smoothed", "alumina_from_smoothed",
        "emf_med_20m", "emf_med_20m_at_lab", "alumina_from_emf_20m",
    ];

    /// <summary>The plain window aggregates the linear baseline sees; the rest are domain features of the reference model.</summary>
    public const int BaselineCount = 24;

    public static int Count => Names.Count;

    public const int LabLastIndex = 14;

    /// <summary>
    /// The reference model's view: shell temperatures masked (missing), because they follow the unheated room's season
    /// rather than the alumina, and a linear term on them extrapolates badly into the winter after the cut-off.
    /// </summary>
    public static float[] ForReference(float[] x)
    {
        var copy = (float[])x.Clone();
        Array.Fill(copy, float.NaN, 11, 3);
        return copy;
    }

    /// <summary>Where the reference model starts from: the smoothed anchor when it could be formed, else the last lab result.</summary>
    public static double Base(float[] x) => float.IsFinite(x[SmoothedIndex]) ? x[SmoothedIndex] : x[LabLastIndex];

    public const int SmoothedIndex = 26;

    /// <summary>The anchor lab result for a prediction at <paramref name="time"/>, if any.</summary>
    public LabSample? Anchor(DateTime time, out LabSample? before)
    {
        before = null;
        LabSample? anchor = null;
        foreach (var lab in labs)
        {
            if (lab.Time > time - LabArrival)
            {
                break;
            }

            before = anchor;
            anchor = lab;
        }

        return anchor;
    }

    public float[] Build(DateTime time)
    {
        var f = new float[Count];
        var emf = SensorSchema.BackEmfIndex;
        f[0] = Median(emf, time, 1);
        f[1] = Median(emf, time, 3);
        f[2] = Median(emf, time, 12);
        f[3] = Median(SensorSchema.VoltageIncreaseIndex, time, 1);
        f[4] = Median(SensorSchema.VoltageIncreaseIndex, time, 3);
        f[5] = NoiseMedian(time, 1);
        f[6] = NoiseMedian(time, 12);
        f[7] = Sum(SensorSchema.DosesIndex, time, 1);
        f[8] = Sum(SensorSchema.DosesIndex, time, 3);
        f[9] = Sum(SensorSchema.DosesIndex, time, 12);
        f[10] = f[9] * (float)DoseMassAt(time);
        f[11] = TemperatureMedian(SensorSchema.FirstBoardIndex, 2 * SensorSchema.BoardsPerSide, time, 12);
        f[12] = TemperatureMedian(SensorSchema.FirstFaceIndex, SensorSchema.EndSensors, time, 12);
        f[13] = TemperatureMedian(SensorSchema.FirstDeafIndex, SensorSchema.EndSensors, time, 12);
        var anchor = Anchor(time, out var before);
        if (anchor is { } lab)
        {
            var age = (time - lab.Time).TotalHours;
            f[14] = (float)lab.Value;
            f[15] = (float)age;
            f[16] = Median(emf, lab.Time, 1);
            f[17] = f[0] - f[16];
            f[18] = Sum(SensorSchema.DosesIndex, time, age) / (float)age;
            f[19] = Median(emf, lab.Time, 3);
            f[20] = f[1] - f[19];
        }
        else
        {
            Array.Fill(f, float.NaN, 14, 7);
        }

        var (start, end) = Window(time, 3);
        f[21] = (end - start) / 60f;
        f[22] = Values(emf, time, 3).Count(v => v > 2.5);
        f[23] = before is { } previous ? (float)previous.Value : float.NaN;
        f[24] = EmfInversion.Alumina(f[14], f[17]);
        f[25] = EmfInversion.Alumina(f[14], f[20]);
        f[26] = SmoothedAnchor(time, f[16]);
        f[27] = EmfInversion.Alumina(f[26], f[17]);

        // The lab sample is a moment, the alumina cycles by tenths of a percent an hour: a short window lags less.
        f[28] = Median(emf, time, ShortHours);
        f[29] = anchor is { } at ? Median(emf, at.Time, ShortHours) : float.NaN;
        f[30] = EmfInversion.Alumina(f[26], f[28] - f[29]);
        return f;
    }

    /// <summary>
    /// The alumina at the anchor's time estimated from the last few arrived samples, each carried to the anchor's time
    /// along the back-EMF curve: averaging them cuts the anchor's own lab noise.
    /// </summary>
    private float SmoothedAnchor(DateTime time, float anchorEmf)
    {
        if (!float.IsFinite(anchorEmf))
        {
            return float.NaN;
        }

        var arrived = labs.Where(l => l.Time <= time - LabArrival).TakeLast(SmoothedSamples).ToList();
        var carried = arrived.Select(l => EmfInversion.Alumina((float)l.Value, anchorEmf - Median(SensorSchema.BackEmfIndex, l.Time, 1)))
            .Where(float.IsFinite).ToList();
        return carried.Count == 0 ? float.NaN : carried.Average();
    }

    private const int SmoothedSamples = 6;
    private const double ShortHours = 1 / 3.0;

    private double DoseMassAt(DateTime time)
    {
        var mass = masses.Count > 0 ? masses[0].Kilograms : double.NaN;
        foreach (var m in masses)
        {
            if (m.Time > time)
            {
                break;
            }

            mass = m.Kilograms;
        }

        return mass;
    }
}
