namespace Sobes.Cases.Electrolysis.Generation;

/// <summary>The hidden state and the true signals on the 3-minute grid, before sensors and their faults.</summary>
internal sealed class ProcessTrace(int steps)
{
    public double[] Alumina { get; } = new double[steps];
    public double[] BackEmf { get; } = new double[steps];
    public double[] VoltageSlope { get; } = new double[steps];
    public double[] Noise { get; } = new double[steps];
    public int[] Doses { get; } = new int[steps];
    public double[] Ambient { get; } = new double[steps];
    public double[] ShellRise { get; } = new double[steps];
    public double[] Superheat { get; } = new double[steps];
    public bool[] AnodeEffect { get; } = new bool[steps];
    public List<(int Step, double Kilograms)> Calibrations { get; } = [];
    public List<CaseEvent> Events { get; } = [];
    public DateTime SoftwareChange { get; set; }
}

/// <summary>The feed controller's modes: underfeed until the voltage slope trips, then overfeed for a fixed time.</summary>
internal enum FeedMode
{
    Under,
    Over,
    AfterAnodeEffect,
}
