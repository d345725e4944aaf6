namespace Sobes.Cases.Electrolysis.Generation;

internal sealed partial class ProcessSimulation
{
    private const double SlopeTrigger = 22;
    private const double LevelGain = 0.4;
    private const double BaseHours = 168;
    private const double EmfPerPercent = 0.036;
    private static readonly double TargetEmf = CellPhysics.BackEmf(3.0, 965);
    private double _sensedEmf = TargetEmf;
    private FeedMode _mode;
    private int _modeSteps, _pauseSteps;
    private double _credit, _baseFactor = 1, _filteredSlope;

    private void StepEvents(EventSchedule schedule, DateTime time, int i)
    {
        if (i == schedule.NextAnodeChange)
        {
            _superheat -= 2.5;
            _noiseBoost = 1;
            schedule.AnodeChanged();
        }

        _doseDrift += (-_doseDrift * StepHours / 720) + (0.0006 * _random.Normal());
        if (i == schedule.NextCalibration)
        {
            _calibratedMass = Math.Round(NominalDoseKilograms * (1 + _doseDrift) * (1 + _random.Normal(0, 0.015)), 3);
            _trace.Calibrations.Add((i, _calibratedMass));
            schedule.Calibrated();
        }

        if (i == schedule.NextBlockage)
        {
            _blockSteps = (int)(_random.Uniform(2, 24) / StepHours);
            _blockFraction = _random.Chance(0.12) ? _random.Uniform(0.6, 0.8) : 0.2 * (1 + _random.NextInt(2));
            _trace.Events.Add(new CaseEvent(time, "blockage", $"a feeder delivers {_blockFraction:P0} less for {_blockSteps * StepHours:F1} h"));
            schedule.Blocked();
        }

        if (time == schedule.SoftwareChange)
        {
            _trace.Events.Add(new CaseEvent(time, "software", "the noise filter was changed: the noise signal steps up"));
        }
    }

    /// <summary>The dose count of this step and the alumina it truly delivered.</summary>
    private double StepController(int i)
    {
        double rate;
        if (_pauseSteps > 0)
        {
            _pauseSteps--;
            rate = 0;
        }
        else
        {
            rate = _mode switch { FeedMode.Under => 0.7, FeedMode.Over => 1.5, _ => 1.8 };
        }

        // The controller answers the alumina it senses: a back EMF above that of 3 % raises every rate at once, and
        // the base rate integrates that correction slowly, so doses follow what the cell consumes and the feeders lose.
        var level = Math.Clamp(1 + (LevelGain * (_sensedEmf - TargetEmf) / EmfPerPercent), 0.5, 2.0);
        _baseFactor = Math.Clamp(_baseFactor * (1 + ((level - 1) * StepHours / BaseHours)), 0.7, 1.4);
        _credit += rate * level * _baseFactor * ConsumptionPerStep / _calibratedMass;
        var doses = (int)Math.Floor(_credit);
        _credit -= doses;
        _trace.Doses[i] = doses;
        var block = _blockSteps > 0 ? 1 - _blockFraction : 1;
        _blockSteps = Math.Max(0, _blockSteps - 1);
        return doses * NominalDoseKilograms * (1 + _doseDrift) * block;
    }

    private void StepMode(double slope)
    {
        _filteredSlope += 0.3 * (slope - _filteredSlope);
        _modeSteps++;
        switch (_mode)
        {
            case FeedMode.Under when (_filteredSlope > SlopeTrigger && _modeSteps >= 10) || _modeSteps >= 100:
                _mode = FeedMode.Over;
                _modeSteps = 0;
                break;
            case FeedMode.AfterAnodeEffect when _modeSteps >= 20:
                _mode = _mode == FeedMode.Under ? FeedMode.Over : FeedMode.Under;
                _modeSteps = 0;
                break;
            case FeedMode.Over when _modeSteps >= 20:
                _mode = FeedMode.Under;
                _modeSteps = 0;
                break;
        }
    }

    /// <summary>Operators read the lab result when it arrives, hours after the sample, and act on it.</summary>
    private void ReactToLab(PlannedSample sample, DateTime time)
    {
        var value = sample.Value;
        if (value is < 0.5 or > 8)
        {
            return;
        }

        if (value < 2.2)
        {
            _undissolved += 50;
            _trace.Events.Add(new CaseEvent(time, "operator", $"lab showed {value:F2} %: a manual feed of 50 kg"));
        }
        else if (value > 3.5)
        {
            _pauseSteps = 15;
            _trace.Events.Add(new CaseEvent(time, "operator", $"lab showed {value:F2} %: feeding paused for 45 min"));
        }
    }
}
