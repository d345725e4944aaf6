using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sobes.Core.Srs.Optimization;
using Sobes.Data.Practice;
using Sobes.Data.Storage;

namespace Sobes.Cli.Commands;

/// <summary>
/// `sobes srs optimize [--db] [--learner NAME] [--json] [--reschedule]`: fits the learner's FSRS parameters to their review
/// log, keeps them only if they predict it better, and prints the log loss and RMSE(bins) before and after.
/// </summary>
internal static class SrsOptimizeCommand
{
    public static Command Create(CliContext context)
    {
        var learnerName = new Option<string?>("--learner") { Description = "The learner to optimize (default: the local learner)." };
        var reschedule = new Option<bool>("--reschedule") { Description = "Then recompute every reviewed card's schedule from its log with the parameters in use." };
        var json = CliContext.JsonOption();
        var command = new Command("optimize", "Fit the learner's FSRS parameters to their review log; kept only if they predict it better.")
        {
            learnerName, reschedule, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var database = await context.OpenDatabaseAsync(parse, ct);
            await using var db = database.CreateContext();
            var now = context.Time.GetUtcNow();
            var learner = parse.GetValue(learnerName) is { } name
                ? await db.Learners.AsNoTracking().FirstOrDefaultAsync(l => l.Name == name, ct) ?? throw new CliException($"--learner: no learner named '{name}'.", 2)
                : await Learners.LocalAsync(db, now, ct);
            var report = await LearnerFsrs.OptimizeAsync(db, learner.Id, now, parse.GetValue(reschedule), ct);
            if (parse.GetValue(json))
            {
                context.WriteJson(new
                {
                    learner = learner.Name,
                    report.Reviews,
                    report.Items,
                    before = report.Before,
                    after = report.After,
                    report.Kept,
                    @params = report.Parameters.Values,
                    report.Rescheduled,
                });
                return 0;
            }

            context.WriteLine($"{report.Reviews} reviews, {report.Items} training items");
            context.WriteLine("before: " + Figures(report.Before));
            context.WriteLine("after:  " + Figures(report.After));
            context.WriteLine(report.Kept ? "kept: the new parameters predict the history better" : "not kept: the parameters in use stay");
            if (parse.GetValue(reschedule))
            {
                context.WriteLine($"rescheduled {report.Rescheduled} cards");
            }

            return 0;
        });
        return command;
    }

    private static string Figures(FsrsEvaluation? e) => e is null
        ? "—"
        : string.Create(CultureInfo.InvariantCulture, $"log loss {e.LogLoss:0.0000}, RMSE(bins) {e.RmseBins:0.0000}");
}
