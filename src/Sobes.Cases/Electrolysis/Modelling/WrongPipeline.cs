using Sobes.Cases.Electrolysis.Data;

namespace Sobes.Cases.Electrolysis.Modelling;

/// <summary>What the tempting wrong pipeline claims in validation and what it then scores on the later period.</summary>
public sealed record WrongPipelineResult(double ValidationMae, int Rows, IReadOnlyList<double> Predictions);

/// <summary>
/// The tempting wrong pipeline: every lab result forward-filled onto the sensor rows that follow it, one row's raw
/// readings as features, random k-fold validation. Neighbouring rows share a label and nearly share features, so
/// the folds leak and validation looks excellent; the later period, where no label is forward-filled, shows the truth.
/// </summary>
public static class WrongPipeline
{
    private const int Folds = 3;
    private const int EveryNthRow = 4;

    public static WrongPipelineResult Run(CaseInputs inputs, IReadOnlyList<DateTime> predictAt, long seed = 1)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(predictAt);
        var table = inputs.TrainSensors;
        var labs = inputs.TrainLabs.Where(l => LabCleaning.IsPlausible(l.Value)).OrderBy(l => l.Time).ToList();
        var x = new List<float[]>();
        var y = new List<double>();
        var k = -1;
        for (var i = 0; i < table.Count; i += EveryNthRow)
        {
            while (k + 1 < labs.Count && labs[k + 1].Time <= table.Times[i])
            {
                k++;
            }

            if (k >= 0)
            {
                x.Add(Row(table, i));
                y.Add(labs[k].Value);
            }
        }

        var random = new CaseRandom(seed, 99);
        var fold = x.Select(_ => random.NextInt(Folds)).ToArray();
        double absolute = 0;
        for (var f = 0; f < Folds; f++)
        {
            var train = Enumerable.Range(0, x.Count).Where(i => fold[i] != f).ToList();
            var model = BoostedTrees.Fit([.. train.Select(i => x[i])], [.. train.Select(i => y[i])], trees: 200, leaves: 63, minLeaf: 10, rate: 0.1);
            absolute += Enumerable.Range(0, x.Count).Where(i => fold[i] == f).Sum(i => Math.Abs(y[i] - model.Predict(x[i])));
        }

        var final = BoostedTrees.Fit(x, y, trees: 200, leaves: 63, minLeaf: 10, rate: 0.1);
        var all = inputs.AllSensors;
        var predictions = predictAt.Select(t => all.LastIndexAtOrBefore(t)).Select(i => i < 0 ? y.Average() : final.Predict(Row(all, i))).ToList();
        return new WrongPipelineResult(absolute / x.Count, x.Count, predictions);
    }

    /// <summary>The row's raw readings and its time as a number: the time is what lets the folds memorise the forward-filled label.</summary>
    private static float[] Row(SensorTable table, int i) => [(float)(table.Times[i] - DateTime.UnixEpoch).TotalDays, .. table.Values.Select(column => (float)column[i])];
}
