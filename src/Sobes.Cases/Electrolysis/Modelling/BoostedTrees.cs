using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Sobes.Cases.Electrolysis.Modelling;

/// <summary>Gradient-boosted regression trees (ML.NET's LightGBM), single-threaded and seeded so results repeat.</summary>
internal sealed class BoostedTrees
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly PredictionEngine<TreeRow, TreePrediction> _engine;
    private readonly int _width;

    private BoostedTrees(MLContext ml, ITransformer model, int width)
    {
        _ml = ml;
        _model = model;
        _width = width;
        _engine = ml.Model.CreatePredictionEngine<TreeRow, TreePrediction>(model, inputSchemaDefinition: Schema(width));
    }

    public static BoostedTrees Fit(IReadOnlyList<float[]> x, IReadOnlyList<double> y, int trees = 300, int leaves = 8, int minLeaf = 10, double rate = 0.04)
    {
        var ml = new MLContext(seed: 1);
        var width = x[0].Length;
        var rows = x.Select((features, i) => new TreeRow { Features = features, Label = (float)y[i] });
        var data = ml.Data.LoadFromEnumerable(rows, Schema(width));
        var trainer = ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
        {
            NumberOfIterations = trees,
            NumberOfLeaves = leaves,
            MinimumExampleCountPerLeaf = minLeaf,
            LearningRate = rate,
            NumberOfThreads = 1,
            Seed = 1,
            Silent = true,
        });
        return new BoostedTrees(ml, trainer.Fit(data), width);
    }

    public double Predict(float[] features) => _engine.Predict(new TreeRow { Features = features }).Score;

    public void Save(Stream stream)
    {
        var schema = _ml.Data.LoadFromEnumerable(Array.Empty<TreeRow>(), Schema(_width)).Schema;
        _ml.Model.Save(_model, schema, stream);
    }

    public static BoostedTrees Load(Stream stream, int width)
    {
        var ml = new MLContext(seed: 1);
        return new BoostedTrees(ml, ml.Model.Load(stream, out _), width);
    }

    private static SchemaDefinition Schema(int width)
    {
        var schema = SchemaDefinition.Create(typeof(TreeRow));
        schema[nameof(TreeRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return schema;
    }

    private sealed class TreeRow
    {
        public float[] Features { get; set; } = [];

        public float Label { get; set; }
    }

    private sealed class TreePrediction
    {
        public float Score { get; set; }
    }
}
