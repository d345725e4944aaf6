using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Data.Library;
using Sobes.Data.Storage;

namespace Sobes.Web.Stats;

/// <summary>What the library holds, as counts and bars.</summary>
public sealed class StatsPage(SobesDatabase database) : PageModel
{
    public LibraryStats Stats { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        Stats = await LibraryQueries.StatsAsync(db, cancellationToken);
    }
}
