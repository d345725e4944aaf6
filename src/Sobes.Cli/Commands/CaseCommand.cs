using System.CommandLine;
using Sobes.Cases.Electrolysis.Files;
using Sobes.Cases.Electrolysis.Generation;
using Sobes.Cases.Electrolysis.Modelling;
using Sobes.Cases.Electrolysis.Reporting;
using Spectre.Console;

namespace Sobes.Cli.Commands;

/// <summary>`sobes case electrolysis new|score|train|predict`: the take-home case made real.</summary>
internal static class CaseCommand
{
    public static Command Create(CliContext context)
    {
        var electrolysis = new Command("electrolysis", "Predict alumina in a reduction cell from its sensors (the 'electrolysis' take-home case).")
        {
            New(context), Score(context), Report(context), Train(context), Predict(context),
        };
        return new Command("case", "Take-home cases with generated data.") { electrolysis };
    }

    private static Option<long> SeedOption() => new("--seed") { Description = "The generator's seed.", DefaultValueFactory = _ => 1 };

    private static Command New(CliContext context)
    {
        var seed = SeedOption();
        var output = new Option<string>("--out") { Description = "The folder to write the case into.", Required = true };
        var command = new Command("new", "Write the case's data and task.") { seed, output };
        command.SetAction(parse =>
        {
            var generated = ElectrolysisGenerator.Generate(new CaseOptions(parse.GetValue(seed)));
            var files = CaseFiles.WriteCase(generated, parse.GetValue(output)!);
            context.Console.MarkupLine($"wrote the case (seed {generated.Options.Seed}) to [bold]{Markup.Escape(parse.GetValue(output)!)}[/]:");
            foreach (var file in files)
            {
                context.WriteLine("  " + file);
            }

            return 0;
        });
        return command;
    }

    private static Command Score(CliContext context)
    {
        var seed = SeedOption();
        var file = new Argument<string>("file") { Description = "The submission CSV: timestamp, prediction[, lower, upper]." };
        var command = new Command("score", "Score a submission on the hidden evening samples.") { file, seed };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var generated = ElectrolysisGenerator.Generate(new CaseOptions(parse.GetValue(seed)));
            using var reader = OpenText(path);
            var submission = Submission.Read(Path.GetFileName(path), reader);
            var score = submission.Ok ? submission.Value!.Score(Path.GetFileName(path), generated.Scored) : new(null, submission.Errors);
            if (!score.Ok)
            {
                foreach (var error in score.Errors)
                {
                    context.Console.MarkupLine("[red]error:[/] " + Markup.Escape(error.ToString()));
                }

                return 1;
            }

            var run = ReferencePipeline.Run(CaseInputs.From(generated), [.. generated.Scored.Select(s => s.Time)]);
            var actual = generated.Scored.Select(s => s.Lab).ToList();
            var table = new Table().AddColumns("model", "MAE", "RMSE", "R²", "90 % coverage");
            void Row(RegressionScore s) => table.AddRow(Markup.Escape(s.Model), $"{s.Mae:F3}", $"{s.Rmse:F3}", $"{s.R2:F2}", s.Coverage is { } c ? $"{c:P0}" : "—");
            Row(score.Value!);
            foreach (var (name, predictions) in run.Predictions)
            {
                Row(RegressionScore.Compute(name == "boosted trees" ? "reference (linear + boosted trees)" : name, actual, predictions,
                    name == "boosted trees" ? [.. run.Reference.Select(r => (r.Lower, r.Upper))] : null));
            }

            table.AddRow("lab noise floor", $"{generated.NoiseFloorMae:F3}", "", "", "");
            context.Console.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Report(CliContext context)
    {
        var seed = SeedOption();
        var output = new Option<string>("--out") { Description = "The HTML file to write.", Required = true };
        var command = new Command("report", "Run the reference solution and write its insights report (HTML with inline SVG).") { seed, output };
        command.SetAction(parse =>
        {
            var evaluation = CaseEvaluation.Evaluate(ElectrolysisGenerator.Generate(new CaseOptions(parse.GetValue(seed))));
            File.WriteAllText(parse.GetValue(output)!, InsightsReport.Render(evaluation));
            var r = evaluation.Reference;
            context.WriteLine($"wrote {parse.GetValue(output)}: reference MAE {r.Mae:F3} (last lab value {evaluation.Score("last lab value").Mae:F3}, noise floor {evaluation.Case.NoiseFloorMae:F3}), 90 % coverage {r.Coverage:P0}");
            return 0;
        });
        return command;
    }

    private static Command Train(CliContext context)
    {
        var seed = SeedOption();
        var model = new Option<string>("--model") { Description = "Where to save the model.", Required = true };
        var command = new Command("train", "Train the reference model on a generated case and save it.") { seed, model };
        command.SetAction(parse =>
        {
            var generated = ElectrolysisGenerator.Generate(new CaseOptions(parse.GetValue(seed)));
            var run = ReferencePipeline.Run(CaseInputs.From(generated), []);
            var path = parse.GetValue(model)!;
            File.Delete(path);
            run.Predictor.Save(path);
            context.WriteLine($"saved the model to {path} (90 % interval ±{run.HalfWidth:F3} %)");
            return 0;
        });
        return command;
    }

    private static Command Predict(CliContext context)
    {
        var model = new Option<string>("--model") { Description = "A model saved by `train`.", Required = true };
        var labs = new Option<string?>("--labs") { Description = "Lab results known so far (timestamp,target)." };
        var file = new Argument<string>("file") { Description = "Recent sensor rows in the case's schema (series_3min.csv)." };
        var command = new Command("predict", "Predict alumina at the last row of a sensor file.") { file, model, labs };
        command.SetAction(parse =>
        {
            var predictor = ElectrolysisPredictor.Load(parse.GetValue(model)!);
            var path = parse.GetValue(file)!;
            using var reader = OpenText(path);
            var sensors = CaseFiles.ReadSensors(Path.GetFileName(path), reader);
            var labPath = parse.GetValue(labs);
            ReadResult<List<Sobes.Cases.Electrolysis.Data.LabSample>> known = new([], []);
            if (labPath is not null)
            {
                using var labReader = OpenText(labPath);
                known = CaseFiles.ReadLabs(Path.GetFileName(labPath), labReader);
            }

            var errors = sensors.Errors.Concat(known.Errors).ToList();
            if (errors.Count > 0 || sensors.Value is null || known.Value is null)
            {
                foreach (var error in errors)
                {
                    context.Console.MarkupLine("[red]error:[/] " + Markup.Escape(error.ToString()));
                }

                return 1;
            }

            var p = predictor.Predict(sensors.Value, known.Value);
            context.WriteLine($"{p.Time:yyyy-MM-dd HH:mm:ss} alumina {p.Percentage:F2} % (90 %: {p.Lower:F2}–{p.Upper:F2})");
            return 0;
        });
        return command;
    }

    private static StreamReader OpenText(string path) =>
        File.Exists(path) ? new StreamReader(path) : throw new CliException($"no such file: {path}");
}
