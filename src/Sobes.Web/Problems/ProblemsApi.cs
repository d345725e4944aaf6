using Microsoft.AspNetCore.Http.HttpResults;
using Sobes.Core.Problems;
using Sobes.Web.Accounts;
using Sobes.Web.Localization;

namespace Sobes.Web.Problems;

/// <summary>/api/v1/problems: the kinds, a seeded instance without its answers, and checking answers against it.</summary>
internal static class ProblemsApi
{
    public static IEndpointRouteBuilder MapProblemsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/problems").WithTags("Problems").RequireAuthorization(SobesPolicies.Study);
        api.MapGet("/", List).WithSummary("The kinds of generated problems: kind, English and Russian titles, topic slug.");
        api.MapGet("/{kind}", Instance).WithSummary(
            "An instance of a kind for ?seed=N (a new seed when none is given; the same seed gives the same numbers) in ?lang=ru|en: statement, parts, plot as SVG; no answers.");
        api.MapPost("/{kind}/check", Check).WithSummary(
            "Checks {seed, answers: {label: text}, language} against the instance: a verdict per part, the 1-based first step where a wrong answer diverges (when it can be told), the worked solution. An answer with any part filled in is recorded for the learner (solved when every part is right).");
        return app;
    }

    private static Ok<IReadOnlyList<ProblemKindView>> List() =>
        TypedResults.Ok<IReadOnlyList<ProblemKindView>>([.. ProblemCatalog.All.Select(ProblemKindView.From)]);

    private static Results<Ok<ProblemInstanceView>, ProblemHttpResult, ValidationProblem> Instance(string kind, int? seed, string? lang, Texts texts)
    {
        if (ProblemCatalog.Find(kind) is not { } generator)
        {
            return NoSuchKind(kind);
        }

        if (seed < 0)
        {
            return SeedProblem();
        }

        var instance = generator.Generate(seed ?? ProblemSeeds.Next(), Language(lang, texts));
        return TypedResults.Ok(ProblemInstanceView.From(generator, instance));
    }

    private static async Task<Results<Ok<ProblemCheckView>, ProblemHttpResult, ValidationProblem>> Check(
        string kind, ProblemCheckRequest request, Texts texts, Study.PracticeDesk desk, CancellationToken cancellationToken)
    {
        if (ProblemCatalog.Find(kind) is not { } generator)
        {
            return NoSuchKind(kind);
        }

        if (request.Seed < 0)
        {
            return SeedProblem();
        }

        var instance = generator.Generate(request.Seed, Language(request.Language, texts));
        var answers = request.Answers ?? new Dictionary<string, string>();
        var unknown = answers.Keys.Where(k => instance.Parts.All(p => p.Label != k)).ToList();
        if (unknown.Count > 0)
        {
            return TypedResults.ValidationProblem(unknown.ToDictionary(k => "answers." + k,
                _ => new[] { $"this instance has no part with that label; its parts are {string.Join(", ", instance.Parts.Select(p => p.Label))}" }));
        }

        var result = AnswerChecker.Check(instance, answers);
        if (answers.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
        {
            var session = await desk.OpenAsync(Sobes.Data.Practice.SessionFilter.All, sync: false, cancellationToken);
            await session.RecordProblemAsync(generator.Kind, request.Seed, result.AllCorrect, cancellationToken);
        }

        return TypedResults.Ok(ProblemCheckView.From(instance, result));
    }

    private static string Language(string? requested, Texts texts) => requested is "ru" or "en" ? requested : texts.Language;

    private static ValidationProblem SeedProblem() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["seed"] = ["must be 0 or more"] });

    private static ProblemHttpResult NoSuchKind(string kind) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "Problem kind not found",
        detail: $"There is no problem kind '{kind}'; known: {string.Join(", ", ProblemCatalog.All.Select(g => g.Kind))}.");
}
