using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Sobes.Import.Decks.Anki;

/// <summary>One note row of a collection, with the deck of its first card.</summary>
internal sealed record AnkiNoteRow(long Id, string Guid, long NoteTypeId, long Modified, string Tags, string Fields, long DeckId);

/// <summary>
/// A collection file opened read-only: its note types and decks (schema 11 keeps them as JSON in <c>col</c>; schema 18,
/// in <c>collection.anki21b</c>, in tables of their own with protobuf configs), and its notes streamed in id order.
/// </summary>
internal sealed class AnkiCollection : IDisposable
{
    private readonly SqliteConnection connection;

    private AnkiCollection(SqliteConnection connection, IReadOnlyDictionary<long, AnkiNoteType> noteTypes, IReadOnlyDictionary<long, string> decks)
    {
        this.connection = connection;
        NoteTypes = noteTypes;
        Decks = decks;
    }

    public IReadOnlyDictionary<long, AnkiNoteType> NoteTypes { get; }

    /// <summary>Deck names as Anki shows them ("Parent::Child").</summary>
    public IReadOnlyDictionary<long, string> Decks { get; }

    public static AnkiCollection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            connection.Open();

            // Schema 18 declares its names COLLATE unicase, a collation of Anki's own.
            connection.CreateCollation("unicase", (a, b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase));
            var schema18 = Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'notetypes'") > 0;
            var (types, decks) = schema18 ? ReadSchema18(connection) : ReadSchema11(connection);
            return new AnkiCollection(connection, types, decks);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The notes in id order, each with the deck of its first card (the original deck of a card in a filtered deck).</summary>
    public SqliteDataReader OpenNotes()
    {
        // Not disposed here: disposing a command closes its reader; the connection disposes both.
        var command = connection.CreateCommand();
        command.CommandText = """
            SELECT n.id, n.guid, n.mid, n.mod, n.tags, n.flds,
                   coalesce((SELECT CASE WHEN c.odid != 0 THEN c.odid ELSE c.did END FROM cards c WHERE c.nid = n.id ORDER BY c.ord LIMIT 1), 0)
            FROM notes n ORDER BY n.id
            """;
        return command.ExecuteReader();
    }

    /// <summary>
    /// The review log of every card, ordered by note, card ordinal and time (a merge with <see cref="OpenNotes"/>): note
    /// id, card ordinal, time (the revlog id is Unix milliseconds), ease, duration in ms. Manual rescheduling (type 4)
    /// and entries without a rating are left out.
    /// </summary>
    public SqliteDataReader OpenReviews()
    {
        var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.nid, c.ord, r.id, r.ease, r.time
            FROM revlog r JOIN cards c ON c.id = r.cid
            WHERE r.ease BETWEEN 1 AND 4 AND r.type != 4
            ORDER BY c.nid, c.ord, r.id
            """;
        return command.ExecuteReader();
    }

    /// <summary>The cards that keep data (modern Anki's FSRS memory state), ordered by note and ordinal: note id, ordinal, data.</summary>
    public SqliteDataReader OpenCardData()
    {
        var command = connection.CreateCommand();
        command.CommandText = "SELECT nid, ord, data FROM cards WHERE data IS NOT NULL AND data != '' AND data != '{}' ORDER BY nid, ord";
        return command.ExecuteReader();
    }

    public static AnkiNoteRow Row(SqliteDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetString(4), reader.GetString(5), reader.GetInt64(6));

    public void Dispose() => connection.Dispose();

    private static (Dictionary<long, AnkiNoteType>, Dictionary<long, string>) ReadSchema11(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT models, decks FROM col LIMIT 1";
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new InvalidDataException("the collection has no col row");
        }

        var types = new Dictionary<long, AnkiNoteType>();
        using (var models = JsonDocument.Parse(reader.GetString(0)))
        {
            foreach (var model in models.RootElement.EnumerateObject())
            {
                var m = model.Value;
                var fields = m.GetProperty("flds").EnumerateArray().OrderBy(f => Int(f, "ord")).Select(f => f.GetProperty("name").GetString() ?? "").ToList();
                var first = m.GetProperty("tmpls").EnumerateArray().OrderBy(t => Int(t, "ord")).FirstOrDefault();
                var id = long.Parse(model.Name, System.Globalization.CultureInfo.InvariantCulture);
                types[id] = new AnkiNoteType(id, m.TryGetProperty("name", out var name) ? name.GetString() ?? "" : "", Int(m, "type") == 1, fields,
                    first.ValueKind == JsonValueKind.Object ? Text(first, "qfmt") : "", first.ValueKind == JsonValueKind.Object ? Text(first, "afmt") : "");
            }
        }

        var decks = new Dictionary<long, string>();
        using (var json = JsonDocument.Parse(reader.GetString(1)))
        {
            foreach (var deck in json.RootElement.EnumerateObject())
            {
                decks[long.Parse(deck.Name, System.Globalization.CultureInfo.InvariantCulture)] = Text(deck.Value, "name");
            }
        }

        return (types, decks);
    }

    private static (Dictionary<long, AnkiNoteType>, Dictionary<long, string>) ReadSchema18(SqliteConnection connection)
    {
        var fields = new Dictionary<long, List<string>>();
        foreach (var (ntid, name) in Rows(connection, "SELECT ntid, name FROM fields ORDER BY ntid, ord", r => (r.GetInt64(0), r.GetString(1))))
        {
            (fields.TryGetValue(ntid, out var list) ? list : fields[ntid] = []).Add(name);
        }

        var templates = new Dictionary<long, (string Q, string A)>();
        foreach (var (ntid, config) in Rows(connection, "SELECT ntid, config FROM templates ORDER BY ntid, ord", r => (r.GetInt64(0), (byte[])r.GetValue(1))))
        {
            // Template.Config: q_format = 1, a_format = 2 (proto/anki/notetypes.proto).
            templates.TryAdd(ntid, (ProtoFields.StringOf(config, 1), ProtoFields.StringOf(config, 2)));
        }

        var types = new Dictionary<long, AnkiNoteType>();
        foreach (var (id, name, config) in Rows(connection, "SELECT id, name, config FROM notetypes", r => (r.GetInt64(0), r.GetString(1), (byte[])r.GetValue(2))))
        {
            // Notetype.Config: kind = 1, KIND_CLOZE = 1.
            var template = templates.GetValueOrDefault(id, ("", ""));
            types[id] = new AnkiNoteType(id, name, ProtoFields.VarintOf(config, 1) == 1, fields.GetValueOrDefault(id) ?? [], template.Item1, template.Item2);
        }

        var decks = Rows(connection, "SELECT id, name FROM decks", r => (r.GetInt64(0), r.GetString(1)))
            .ToDictionary(d => d.Item1, d => d.Item2.Replace("\u001f", "::", StringComparison.Ordinal));
        return (types, decks);
    }

    private static List<T> Rows<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : 0;

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}
