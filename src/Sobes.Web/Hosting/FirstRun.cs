using Microsoft.EntityFrameworkCore;
using Sobes.Data.Importing;
using Sobes.Data.Storage;
using Sobes.Import.Sample;

namespace Sobes.Web.Hosting;

/// <summary>
/// A new user should see a library at once: the first start on an empty database imports the bundled sample.
/// A mark in the meta table, written in the import's transaction, makes it happen once, so a library the user emptied
/// stays empty and instances starting at once on one database import it once.
/// </summary>
internal static partial class FirstRun
{
    public static void LogLibrary(ILogger logger, string database) => Log.Library(logger, database);

    private const string MarkKey = "web-sample-offered";

    public static async Task ImportSampleIfEmptyAsync(SobesDatabase database, LibraryImporter importer, ILogger logger, CancellationToken cancellationToken = default)
    {
        await using (var db = database.CreateContext())
        {
            var offered = await db.Meta.AnyAsync(m => m.Key == MarkKey, cancellationToken);
            if (offered || await db.Items.AnyAsync(cancellationToken) || await db.Sources.AnyAsync(cancellationToken))
            {
                return;
            }
        }

        // Checked again, and marked, in the import's own turn: instances starting at once import the sample once.
        var report = await importer.ImportStreamAsync(SampleContent.FileName, SampleContent.Open, new ImportOptions(IntoEmptyOnce: MarkKey), cancellationToken: cancellationToken);
        if (report.Committed)
        {
            Log.SampleImported(logger, report.ItemsNew);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "First start: imported the sample library ({Items} items)")]
        public static partial void SampleImported(ILogger logger, int items);

        [LoggerMessage(Level = LogLevel.Information, Message = "Library: {Database}")]
        public static partial void Library(ILogger logger, string database);
    }
}
