namespace Sobes.Cases.Electrolysis.Generation;

/// <summary>
/// Steps the cell every 3 minutes: alumina mass balance with a dissolving pool, superheat and side ledge,
/// the slope-tracking feed controller with a drifting dose mass, blockages, anode changes and anode effects,
/// and the operators who react when a lab result arrives.
/// </summary>
internal sealed partial class ProcessSimulation
{
    private const double StepHours = 0.05;
    private const double BathKilograms = 9000;
    private const double ConsumptionPerStep = 5.4;
    private const double NominalDoseKilograms = 1.8;

    private readonly CaseOptions _options;
    private readonly CaseRandom _random;
    private readonly ProcessTrace _trace;
    private readonly List<PlannedSample> _labs;
    private readonly double[] _voltage;

    private double _alumina = 2.7, _undissolved = 20, _superheat = 10, _ledge = 0.09, _weather, _efficiency;
    private double _doseDrift, _calibratedMass = NominalDoseKilograms, _noiseBoost, _wave, _ohmic = 2.6;
    private int _blockSteps, _anodeEffectSteps;
    private double _blockFraction;

    private ProcessSimulation(CaseOptions options, List<PlannedSample> labs)
    {
        _options = options;
        _random = new CaseRandom(options.Seed, 1);
        _trace = new ProcessTrace(options.Steps);
        _labs = labs;
        _voltage = new double[options.Steps];
    }

    public static ProcessTrace Run(CaseOptions options, List<PlannedSample> labs)
    {
        var simulation = new ProcessSimulation(options, labs);
        simulation.Loop();
        return simulation._trace;
    }

    private void Loop()
    {
        var labRandom = new CaseRandom(_options.Seed, 2);
        var byStep = _labs.ToLookup(s => s.Step);
        var arrivals = new SortedDictionary<int, List<PlannedSample>>();
        var schedule = new EventSchedule(_options, _random);
        _trace.Calibrations.Add((0, _calibratedMass));
        _trace.SoftwareChange = schedule.SoftwareChange;
        for (var i = 0; i < _options.Steps; i++)
        {
            var time = _options.Start + (i * CaseOptions.Step);
            StepWeatherAndHeat(time, i);
            StepEvents(schedule, time, i);
            var delivered = StepController(i);
            StepMassBalance(delivered);
            StepSignals(i, time);
            foreach (var sample in byStep[i])
            {
                LabPlan.Measure(sample, _alumina, _options, labRandom);
                var arrival = i + (int)(sample.DelayHours / StepHours);
                if (!arrivals.TryGetValue(arrival, out var list))
                {
                    arrivals[arrival] = list = [];
                }

                list.Add(sample);
            }

            if (arrivals.Remove(i, out var arrived))
            {
                foreach (var sample in arrived)
                {
                    ReactToLab(sample, time);
                }
            }
        }
    }

    private void StepWeatherAndHeat(DateTime time, int i)
    {
        _weather += (-_weather * StepHours / 72) + (0.667 * Math.Sqrt(StepHours) * _random.Normal());
        _superheat += ((10 - _superheat) * StepHours / 48) + (0.51 * Math.Sqrt(StepHours) * _random.Normal());
        _efficiency += (-_efficiency * StepHours / 48) + (0.2041 * Math.Sqrt(StepHours) * _random.Normal());
        var ambient = CellPhysics.Ambient(time, _weather);
        var liquidus = CellPhysics.Liquidus(_alumina);

        // One-dimensional heat balance through the side: bath → ledge (h·superheat), ledge + wall + shell → air.
        var heatIn = 800 * Math.Max(_superheat, 0.5);
        var heatOut = (liquidus - ambient) / ((_ledge / 1.5) + 0.06);
        _ledge = Math.Clamp(_ledge + ((heatOut - heatIn) / 1.05e9 * 180), 0.01, 0.3);
        _trace.Ambient[i] = ambient;
        _trace.ShellRise[i] = heatOut * 0.03;
        _trace.Superheat[i] = _superheat;
    }

    private void StepMassBalance(double delivered)
    {
        _undissolved += delivered;
        var dissolutionHours = 0.2 * Math.Sqrt(10 / Math.Max(_superheat, 2));
        var dissolved = _undissolved * (1 - Math.Exp(-StepHours / dissolutionHours));
        _undissolved -= dissolved;
        // Consumption follows the line current and the current efficiency (the slow "efficiency" wander, ±7 %).
        var consumed = ConsumptionPerStep * (1 + (0.07 * _efficiency));
        _alumina = Math.Max(_alumina + ((dissolved - consumed) * 100 / BathKilograms), 0.8);
    }
}
