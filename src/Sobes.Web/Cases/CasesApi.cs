using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sobes.Data.Storage;
using Sobes.Web.Accounts;

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
