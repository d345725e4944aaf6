namespace Sobes.Cases.Electrolysis.Generation;

/// <summary>When the next anode change, feeder calibration and feeder blockage happen (in steps).</summary>
internal sealed class EventSchedule(CaseOptions options, CaseRandom random)
{
    private const int StepsPerHour = 20;

    public int NextAnodeChange { get; private set; } = random.NextInt(32 * StepsPerHour);

    public int NextCalibration { get; private set; } = (int)(random.Uniform(10, 20) * 24 * StepsPerHour);

    public int NextBlockage { get; private set; } = (int)(random.Exponential(4) * 24 * StepsPerHour);

    public DateTime SoftwareChange { get; } = options.Start.AddDays(Math.Round(options.TrainDays * random.Uniform(0.55, 0.65)));

    public void AnodeChanged() => NextAnodeChange += (int)(random.Uniform(28, 36) * StepsPerHour);

    public void Calibrated() => NextCalibration += (int)(random.Uniform(10, 20) * 24 * StepsPerHour);

    public void Blocked() => NextBlockage += (int)(random.Exponential(4) * 24 * StepsPerHour);
}
