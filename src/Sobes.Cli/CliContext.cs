using System.CommandLine;
using System.Text.Json;
using Sobes.Data.Library;
using Sobes.Data.Storage;
using Spectre.Console;

namespace Sobes.Cli;

/// <summary>What every command shares: the console, the clock, standard input, and the database options.</summary>
internal sealed class CliContext(IAnsiConsole console, TimeProvider time, TextReader input)
{
    public static readonly Option<string?> DbOption = new("--db")
    {
        Description = "The database: a SQLite file path or a PostgreSQL connection string (default: SOBES_DB, else ~/.local/share/sobes/sobes.db).",
        Recursive = true,
    };

    public IAnsiConsole Console { get; } = console;

    public TimeProvider Time { get; } = time;

    public TextReader Input { get; } = input;

    public static Option<bool> JsonOption() => new("--json") { Description = "Print JSON instead of a table." };

    public async Task<SobesDatabase> OpenDatabaseAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var location = DatabaseLocation.Resolve(parse.GetValue(DbOption));
        try
        {
            return await SobesDatabase.OpenAsync(location, cancellationToken);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot open the database {location.Display}: {e.Message}", 2);
        }
    }

    /// <summary>Writes JSON to standard output as is (no wrapping, no markup).</summary>
    public void WriteJson<T>(T value) => Console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(value, LibraryExporter.Json));

    public void WriteLine(string text) => Console.Profile.Out.Writer.WriteLine(text);
}
