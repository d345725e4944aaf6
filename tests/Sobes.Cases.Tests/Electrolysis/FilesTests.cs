using Sobes.Cases.Electrolysis.Data;
using Sobes.Cases.Electrolysis.Files;
using Sobes.Cases.Electrolysis.Generation;

namespace Sobes.Cases.Tests.Electrolysis;

public sealed class FilesTests
{
    private static string Header => string.Join(',', [SensorSchema.Timestamp, .. SensorSchema.Columns]);

    [Fact]
    public void A_missing_sensor_column_is_named()
    {
        var header = Header.Replace(",Обратная ЭДС", "", StringComparison.Ordinal);
        var result = CaseFiles.ReadSensors("s.csv", new StringReader(header + "\n"));
        var error = Assert.Single(result.Errors);
        Assert.Equal("Обратная ЭДС", error.Column);
        Assert.Equal(1, error.Row);
    }

    [Fact]
    public void A_bad_number_names_its_row_and_column()
    {
        var fields = string.Join(',', Enumerable.Repeat("1.5", SensorSchema.Columns.Count));
        var bad = string.Join(',', ["2.0", "oops", .. Enumerable.Repeat("1", SensorSchema.Columns.Count - 2)]);
        var text = $"{Header}\n2018-01-01 00:00:00,{fields}\n2018-01-01 00:03:00,{bad}\n";
        var result = CaseFiles.ReadSensors("s.csv", new StringReader(text));
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, "Обратная ЭДС"), (error.Row, error.Column));
        Assert.Contains("s.csv: row 3, column 'Обратная ЭДС'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sensors_survive_a_round_trip_through_the_file()
    {
        var c = ElectrolysisGenerator.Generate(new CaseOptions(5, TrainDays: 3, HiddenDays: 1));
        var path = Path.GetTempFileName();
        try
        {
            CaseFiles.WriteSensors(path, c.TrainSensors);
            using var reader = new StreamReader(path);
            var back = CaseFiles.ReadSensors("s.csv", reader);
            Assert.True(back.Ok);
            Assert.Equal(c.TrainSensors.Times, back.Value!.Times);
            Assert.Equal(c.TrainSensors.Values[1], back.Value.Values[1]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_submission_without_a_prediction_names_the_row()
    {
        var result = Submission.Read("sub.csv", new StringReader("timestamp,prediction\n2018-10-18 20:00:00,\n"));
        var error = Assert.Single(result.Errors);
        Assert.Equal((2, "prediction"), (error.Row, error.Column));
    }

    [Fact]
    public void Predicting_the_truth_scores_the_noise_floor_and_missing_rows_are_reported()
    {
        var c = ElectrolysisGenerator.Generate(new CaseOptions(4, TrainDays: 5, HiddenDays: 10));
        var perfect = new Submission([.. c.Scored.Select(s => new Sobes.Cases.Electrolysis.Modelling.AluminaPrediction(s.Time, s.Truth, s.Truth - 1, s.Truth + 1))], true);
        var score = perfect.Score("sub.csv", c.Scored);
        Assert.Equal(c.NoiseFloorMae, score.Value!.Mae, 9);
        Assert.Equal(1.0, score.Value.Coverage);
        var partial = new Submission([.. perfect.Rows.Skip(1)], true).Score("sub.csv", c.Scored);
        Assert.Contains("no prediction for", Assert.Single(partial.Errors).Message, StringComparison.Ordinal);
    }
}
