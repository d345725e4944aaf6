namespace Sobes.Cases.Electrolysis.Generation;

internal sealed partial class ProcessSimulation
{
    private const int SlopeWindow = 10;
    private int _sinceEffect = 1000;

    /// <summary>Back EMF, cell voltage and its slope as the controller computes it, and the electrical noise.</summary>
    private void StepSignals(int i, DateTime time)
    {
        var bath = CellPhysics.Liquidus(_alumina) + _superheat;
        var emf = CellPhysics.BackEmf(_alumina, bath);
        _ohmic += (-(_ohmic - 2.6) * StepHours / 24) + (0.0003 * _random.Normal());
        _sinceEffect++;
        if (_anodeEffectSteps == 0 && _sinceEffect > 40 && _alumina < 1.8 + _random.Normal(0, 0.05))
        {
            _anodeEffectSteps = 2 + _random.NextInt(4);
            _trace.Events.Add(new CaseEvent(time, "anode effect", $"alumina fell to {_alumina:F2} %"));
        }

        var inEffect = _anodeEffectSteps > 0;
        _sensedEmf += 0.15 * ((inEffect ? _sensedEmf : emf + _random.Normal(0, 0.003)) - _sensedEmf);
        if (inEffect && --_anodeEffectSteps == 0)
        {
            // Operators kill the effect and shovel in alumina; the controller then overfeeds for an hour.
            _mode = FeedMode.AfterAnodeEffect;
            _modeSteps = 0;
            _sinceEffect = 0;
            _undissolved += 40;
        }

        _voltage[i] = inEffect ? _random.Uniform(20, 35) : emf + _ohmic;
        var slope = i >= SlopeWindow ? (_voltage[i] - _voltage[i - SlopeWindow]) / (SlopeWindow * StepHours) * 1000 : 0;
        slope += _random.Normal(0, 4);
        StepMode(slope);

        _wave += (-_wave * StepHours / 2) + (1.2 * Math.Sqrt(StepHours) * _random.Normal());
        _noiseBoost *= Math.Exp(-StepHours / 4);
        var nearEffect = 20 * Math.Exp(-(_alumina - 1.8) / 0.12);
        _trace.Noise[i] = 3.5 + Math.Abs(_wave) + Math.Min(nearEffect, 40) + (6 * _noiseBoost) + (inEffect ? 60 : 0);
        _trace.Alumina[i] = _alumina;
        _trace.BackEmf[i] = emf;
        _trace.VoltageSlope[i] = slope;
        _trace.AnodeEffect[i] = inEffect;
    }
}
