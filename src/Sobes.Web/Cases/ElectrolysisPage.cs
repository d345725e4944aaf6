using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Cases.Electrolysis.Files;
using Sobes.Cases.Electrolysis.Modelling;
using Sobes.Data.Storage;
using Sobes.Web.Accounts;
using Sobes.Web.Localization;

namespace Sobes.Web.Cases;

/// <summary>
/// The electrolysis case: the task of a seed, its data as a zip, scoring an uploaded predictions file against the
/// hidden samples beside the reference models and the lab-noise floor, and the learner's own submissions.
/// </summary>
[Authorize(Policy = SobesPolicies.Study)]
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
public sealed class ElectrolysisPage(ElectrolysisLab lab, SobesDatabase database, CurrentLearner current, TimeProvider time, Texts texts) : PageModel
{
    /// <summary>A submission is a few hundred rows; a few MB is plenty.</summary>
    public const long UploadLimit = 8L * 1024 * 1024;

    public long Seed { get; private set; } = 1;

    public bool BadSeed { get; private set; }

    public string TaskMarkdown => CaseTaskText.Markdown(Seed, texts.Language);

    /// <summary>The uploaded file's score, with the reference models and the noise floor it stands against.</summary>
    public RegressionScore? Score { get; private set; }

    public CaseKey? Key { get; private set; }

    public string? FileName { get; private set; }

    public IReadOnlyList<SchemaError> Errors { get; private set; } = [];

    public bool NoFile { get; private set; }

    public IReadOnlyList<SubmissionView> History { get; private set; } = [];

    public async Task OnGetAsync(long? seed, CancellationToken cancellationToken)
    {
        ChooseSeed(seed);
        await LoadHistoryAsync(cancellationToken);
    }

    public async Task OnPostAsync(long? seed, IFormFile? file, CancellationToken cancellationToken)
    {
        ChooseSeed(seed);
        if (BadSeed)
        {
            await LoadHistoryAsync(cancellationToken);
            return;
        }

        if (file is null || file.Length == 0)
        {
            NoFile = true;
            await LoadHistoryAsync(cancellationToken);
            return;
        }

        FileName = Path.GetFileName(file.FileName);
        using (var reader = new StreamReader(file.OpenReadStream()))
        {
            var outcome = await lab.ScoreAsync(Seed, FileName, reader, cancellationToken);
            (Score, Key, Errors) = (outcome.Score, outcome.Key, outcome.Errors);
        }

        if (Score is not null)
        {
            await using var db = database.CreateContext();
            await CasesApi.RecordAsync(db, await current.GetAsync(db, cancellationToken), Seed, FileName, Score, time.GetUtcNow(), cancellationToken);
        }

        await LoadHistoryAsync(cancellationToken);
    }

    private void ChooseSeed(long? seed)
    {
        BadSeed = seed is { } s && !ElectrolysisLab.IsSeed(s);
        Seed = seed is { } chosen && !BadSeed ? chosen : 1;
    }

    private async Task LoadHistoryAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var learner = await current.GetAsync(db, cancellationToken);
        History = await CasesApi.History(db, learner.Id, cancellationToken);
    }
}
