using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Data.Library;
using Sobes.Data.Storage;

namespace Sobes.Web.Library;

/// <summary>A topic's study sheet: its notes and answered questions with their sources, laid out to print.</summary>
public sealed class TopicNotesPage(SobesDatabase database) : PageModel
{
    public StudySheet Sheet { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string topic, CancellationToken cancellationToken)
    {
        if (StudySheets.FindTopic(topic) is not { } found)
        {
            return NotFound();
        }

        await using var db = database.CreateContext();
        Sheet = await StudySheets.ForTopicAsync(db, found, cancellationToken);
        return Page();
    }
}
