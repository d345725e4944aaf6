using Sobes.Data.Importing;
using Sobes.Data.Storage;

namespace Sobes.Web.Hosting;

/// <summary>The library the app serves: its database (with the process's search index), the one import path, and the index's background follower.</summary>
internal static class LibraryServices
{
    /// <summary>Configuration key of the database (a SQLite path or a PostgreSQL connection string); <c>--db</c> on the command line wins.</summary>
    public const string DatabaseKey = "Sobes:Db";

    /// <summary>Configuration key that turns the first-start sample import off (<c>false</c>).</summary>
    public const string SampleKey = "Sobes:Sample";

    public static IServiceCollection AddSobesLibrary(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        // Resolved when first asked for, so configuration added by a test host is already in place.
        services.AddSingleton(sp => new SobesDatabase(Locate(sp.GetRequiredService<IConfiguration>())));
        services.AddSingleton(sp => new LibraryImporter(sp.GetRequiredService<SobesDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new Data.Library.Editing.LibraryEditor(sp.GetRequiredService<SobesDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new Data.Library.Owning.LibraryOwner(sp.GetRequiredService<SobesDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<IndexFollower>();
        return services;
    }

    /// <summary>Configuration key of the search index's folder (an instance's own); by default it is derived from the database.</summary>
    public const string IndexFolderKey = "Sobes:IndexFolder";

    public static DatabaseLocation Locate(IConfiguration configuration)
    {
        var option = configuration["db"] is { Length: > 0 } fromCommandLine ? fromCommandLine : configuration[DatabaseKey];
        var location = DatabaseLocation.Resolve(option);
        return configuration[IndexFolderKey] is { Length: > 0 } folder ? location.WithIndexDirectory(folder) : location;
    }

    /// <summary>Migrates the database and, on the first start with an empty library, imports the bundled sample.</summary>
    public static async Task PrepareLibraryAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<SobesDatabase>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Sobes.Web");
        FirstRun.LogLibrary(logger, database.Location.Display);
        await database.MigrateAsync();
        if (app.Configuration.GetValue(SampleKey, true))
        {
            await FirstRun.ImportSampleIfEmptyAsync(database, app.Services.GetRequiredService<LibraryImporter>(), logger);
        }
    }
}
