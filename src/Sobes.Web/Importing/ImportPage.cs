using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Data.Importing;
using Sobes.Web.Accounts;

namespace Sobes.Web.Importing;

/// <summary>Uploads files and imports each through the one import path; shows what every file did.</summary>
[Authorize(Policy = SobesPolicies.Edit)]
public sealed class ImportPage(LibraryImporter importer) : PageModel
{
    public IReadOnlyList<ImportReport> Reports { get; private set; } = [];

    public bool NoFiles { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        var chosen = (files ?? []).Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (chosen.Count == 0)
        {
            NoFiles = true;
            return;
        }

        var reports = new List<ImportReport>();
        foreach (var file in chosen)
        {
            // Each file is its own import: one broken file does not hold back the others.
            reports.Add(await importer.ImportStreamAsync(Path.GetFileName(file.FileName), file.OpenReadStream, cancellationToken: cancellationToken));
        }

        Reports = reports;
    }
}
