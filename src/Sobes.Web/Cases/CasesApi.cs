using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sobes.Cases.Electrolysis.Modelling;
using Sobes.Data.Storage;
using Sobes.Web.Accounts;
using Sobes.Web.Hosting;

namespace Sobes.Web.Cases;

/// <summary>/api/v1/cases/electrolysis: the data of a seed as a zip, the learner's scored submissions, and the prediction service.</summary>
internal static class CasesApi
{
    public const string Case = "electrolysis";

    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/cases/electrolysis").WithTags("Cases").RequireAuthorization(SobesPolicies.Study);
        api.MapGet("/data", DataAsync).WithSummary(
            "The case's files for ?seed=N (default 1) as a zip, as `sobes case electrolysis new` writes them; a seed's first download generates it (seconds).");
        api.MapPost("/score", ScoreAsync).DisableAntiforgery().WithSummary(
            "Scores a predictions file (multipart field `file`: timestamp,prediction[,lower,upper]) for ?seed=N on the hidden evening samples, as "
            + "`sobes case electrolysis score` does; answers the score beside the reference models and the lab-noise floor and records it in the learner's history. "
            + "A malformed file gives 400 with errors keyed by file, row and column. A browser may post it only from Sobes's own pages (else 403); API clients send a token.");
        api.MapGet("/submissions", SubmissionsAsync).WithSummary("The current learner's scored submissions, newest first.");
        api.MapPost("/predict", PredictAsync).WithSummary(
            "Predicts alumina (wt%) with a 90 % interval at the last of the given sensor rows, using the reference model. "
            + "Body: {\"rows\": [{\"timestamp\": \"2018-10-20 06:00:00\", \"Шум\": 1.2, \"Обратная ЭДС\": 1.71, …every column of series_3min.csv; null or missing = a gap}, …], "
            + "\"labs\": [{\"timestamp\": \"2018-10-20 08:04:00\", \"target\": 2.91}, …]} (labs optional). Give at least the last 12 hours (240 rows) and back to the last lab sample. "
            + "Answer: {time, percentage, lower, upper, coverage, model}. Errors: 400 ProblemDetails keyed rows[i].column. "
            + "The first call after start waits while the model trains (or loads from its cache file).");
        return app;
    }

    private static async Task<Results<PhysicalFileHttpResult, ValidationProblem>> DataAsync(ElectrolysisLab lab, long? seed, CancellationToken cancellationToken)
    {
        var s = seed ?? 1;
        if (!ElectrolysisLab.IsSeed(s))
        {
            return SeedProblem();
        }

        var path = await lab.DataZipAsync(s, cancellationToken);
        return TypedResults.PhysicalFile(path, "application/zip", $"electrolysis-seed-{s}.zip");
    }

    private static async Task<Results<Ok<ScoreView>, ValidationProblem>> ScoreAsync(
        ElectrolysisLab lab, SobesDatabase database, CurrentLearner current, TimeProvider time, IFormFile? file, long? seed, CancellationToken cancellationToken)
    {
        var s = seed ?? 1;
        if (!ElectrolysisLab.IsSeed(s))
        {
            return SeedProblem();
        }

        if (file is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["upload the predictions as the multipart field 'file'"] });
        }

        var name = Path.GetFileName(file.FileName);
        using var reader = new StreamReader(file.OpenReadStream());
        var outcome = await lab.ScoreAsync(s, name, reader, cancellationToken);
        if (outcome.Score is not { } score || outcome.Key is not { } key)
        {
            var errors = outcome.Errors.GroupBy(e => e.Row > 0 ? $"{e.File}: row {e.Row}, column '{e.Column}'" : $"{e.File}: column '{e.Column}'")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
            return TypedResults.ValidationProblem(errors, detail: string.Join("; ", outcome.Errors), title: "The predictions file could not be scored");
        }

        await using var db = database.CreateContext();
        await RecordAsync(db, await current.GetAsync(db, cancellationToken), s, name, score, time.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(new ScoreView(s, score, key.Models, key.NoiseFloorMae));
    }

    public static async Task RecordAsync(SobesDbContext db, Sobes.Data.Practice.LearnerRecord learner, long seed, string fileName, RegressionScore score, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.CaseSubmissions.Add(new Sobes.Data.Cases.CaseSubmissionRecord
        {
            LearnerId = learner.Id,
            Case = Case,
            Seed = seed,
            FileName = fileName.Length > 256 ? fileName[..256] : fileName,
            SubmittedAt = now,
            Count = score.Count,
            Mae = score.Mae,
            Rmse = score.Rmse,
            R2 = score.R2,
            Coverage = score.Coverage,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<Ok<IReadOnlyList<SubmissionView>>> SubmissionsAsync(SobesDatabase database, CurrentLearner current, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var learner = await current.GetAsync(db, cancellationToken);
        return TypedResults.Ok(await History(db, learner.Id, cancellationToken));
    }

    private static async Task<Results<Ok<PredictionView>, ValidationProblem>> PredictAsync(PredictRequest request, ElectrolysisModel model, CancellationToken cancellationToken)
    {
        var (sensors, labs, errors) = PredictRows.Read(request);
        if (sensors is null || labs is null)
        {
            return TypedResults.ValidationProblem(errors, detail: string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
                title: "The sensor rows do not fit the case's schema");
        }

        var predictor = await model.GetAsync(cancellationToken);
        return TypedResults.Ok(PredictRows.View(predictor.Predict(sensors, labs)));
    }

    public static async Task<IReadOnlyList<SubmissionView>> History(SobesDbContext db, long learnerId, CancellationToken cancellationToken)
    {
        var rows = await db.CaseSubmissions.AsNoTracking().Where(s => s.LearnerId == learnerId && s.Case == Case)
            .OrderByDescending(s => s.SubmittedAt).ThenByDescending(s => s.Id).Take(200).ToListAsync(cancellationToken);
        return [.. rows.Select(SubmissionView.From)];
    }

    private static ValidationProblem SeedProblem() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["seed"] = [$"must be from 0 to {ElectrolysisLab.MaxSeed}"] });
}

/// <summary>One scored submission as the history shows it.</summary>
public sealed record SubmissionView(long Id, long Seed, string FileName, DateTimeOffset SubmittedAt, int Count, double Mae, double Rmse, double R2, double? Coverage)
{
    public static SubmissionView From(Sobes.Data.Cases.CaseSubmissionRecord r) => new(r.Id, r.Seed, r.FileName, r.SubmittedAt, r.Count, r.Mae, r.Rmse, r.R2, r.Coverage);
}

/// <summary>A scored file: its figures, the reference solution's models on the same samples, and the lab-noise floor (MAE).</summary>
internal sealed record ScoreView(long Seed, RegressionScore Submission, IReadOnlyList<RegressionScore> Models, double NoiseFloorMae);
