namespace Sobes.Cases.Electrolysis.Data;

/// <summary>
/// 3-minute sensor rows, column-major: <see cref="Values"/>[column][row], NaN where a field is empty.
/// Rows lost in an outage are simply absent, so timestamps may jump.
/// </summary>
public sealed class SensorTable
{
    public SensorTable(DateTime[] times, double[][] values)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != SensorSchema.Columns.Count || values.Any(v => v.Length != times.Length))
        {
            throw new ArgumentException("every sensor column needs one value per timestamp", nameof(values));
        }

        Times = times;
        Values = values;
    }

    public DateTime[] Times { get; }

    public double[][] Values { get; }

    public int Count => Times.Length;

    /// <summary>The index of the last row at or before <paramref name="time"/>, or −1.</summary>
    public int LastIndexAtOrBefore(DateTime time)
    {
        var i = Array.BinarySearch(Times, time);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>The rows with times in [from, to).</summary>
    public SensorTable Slice(DateTime from, DateTime to)
    {
        var start = LastIndexAtOrBefore(from.AddTicks(-1)) + 1;
        var end = LastIndexAtOrBefore(to.AddTicks(-1)) + 1;
        var length = Math.Max(0, end - start);
        return new SensorTable(
            Times.AsSpan(start, length).ToArray(),
            [.. Values.Select(column => column.AsSpan(start, length).ToArray())]);
    }

    public static SensorTable Concat(SensorTable first, SensorTable second) =>
        new([.. first.Times, .. second.Times], [.. first.Values.Zip(second.Values, (a, b) => (double[])[.. a, .. b])]);
}

/// <summary>One lab result: when the sample was taken and the alumina percentage it showed.</summary>
public readonly record struct LabSample(DateTime Time, double Value);

/// <summary>The configured average mass of one feeder dose (kg), valid from <see cref="Time"/>.</summary>
public readonly record struct DoseMass(DateTime Time, double Kilograms);
