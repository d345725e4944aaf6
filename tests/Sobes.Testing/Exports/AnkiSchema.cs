using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Sobes.Testing.Exports;

/// <summary>The tables of an Anki collection and the rows <see cref="AnkiPackageWriter"/> puts in them.</summary>
internal static class AnkiSchema
{
    // rslib/src/storage/schema11.sql
    private const string Schema11 = """
        CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL, ver integer NOT NULL,
          dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL, models text NOT NULL, decks text NOT NULL,
          dconf text NOT NULL, tags text NOT NULL);
        CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL,
          tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
        CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL, mod integer NOT NULL,
          usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL,
          reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL, flags integer NOT NULL,
          data text NOT NULL);
        CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL, ivl integer NOT NULL,
          lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL);
        CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
        CREATE INDEX ix_notes_usn ON notes (usn);
        CREATE INDEX ix_cards_usn ON cards (usn);
        CREATE INDEX ix_revlog_usn ON revlog (usn);
        CREATE INDEX ix_cards_nid ON cards (nid);
        CREATE INDEX ix_cards_sched ON cards (did, queue, due);
        CREATE INDEX ix_revlog_cid ON revlog (cid);
        CREATE INDEX ix_notes_csum ON notes (csum);
        """;

    // rslib/src/storage/upgrades/schema15_upgrade.sql (the tables schema 18 keeps note types and decks in)
    private const string Schema18Tables = """
        CREATE TABLE fields (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase, config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid;
        CREATE UNIQUE INDEX idx_fields_name_ntid ON fields (name, ntid);
        CREATE TABLE templates (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase, mtime_secs integer NOT NULL,
          usn integer NOT NULL, config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid;
        CREATE UNIQUE INDEX idx_templates_name_ntid ON templates (name, ntid);
        CREATE TABLE notetypes (id integer NOT NULL PRIMARY KEY, name text NOT NULL COLLATE unicase, mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL);
        CREATE UNIQUE INDEX idx_notetypes_name ON notetypes (name);
        CREATE TABLE decks (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE unicase, mtime_secs integer NOT NULL, usn integer NOT NULL,
          common blob NOT NULL, kind blob NOT NULL);
        CREATE UNIQUE INDEX idx_decks_name ON decks (name);
        CREATE TABLE config (KEY text NOT NULL PRIMARY KEY, usn integer NOT NULL, mtime_secs integer NOT NULL, val blob NOT NULL) without rowid;
        CREATE TABLE tags (tag text NOT NULL PRIMARY KEY COLLATE unicase, usn integer NOT NULL, collapsed boolean NOT NULL, config blob NULL) without rowid;
        """;

    public static void Create(SqliteConnection connection, bool schema18)
    {
        Execute(connection, Schema11 + (schema18 ? Schema18Tables : ""));
        Execute(connection, "INSERT INTO col VALUES (1, 1700000000, 1700000000000, 1700000000000, $ver, 0, 0, 0, '{}', '{}', '{}', '{}', '{}')",
            ("$ver", schema18 ? 18 : 11));
    }

    public static void WriteTypesAndDecks(SqliteConnection connection, bool schema18, Dictionary<string, long> typeIds, Dictionary<string, long> deckIds)
    {
        if (!schema18)
        {
            var models = typeIds.ToDictionary(t => t.Value.ToString(CultureInfo.InvariantCulture), t =>
            {
                var (fields, question, answer, cloze) = AnkiPackageWriter.NoteTypes[t.Key];
                return new Dictionary<string, object>
                {
                    ["id"] = t.Value, ["name"] = t.Key, ["type"] = cloze ? 1 : 0, ["mod"] = 1700000000, ["usn"] = -1, ["sortf"] = 0, ["did"] = 1,
                    ["flds"] = fields.Select((f, i) => new Dictionary<string, object> { ["name"] = f, ["ord"] = i, ["sticky"] = false, ["rtl"] = false, ["font"] = "Arial", ["size"] = 20 }).ToList(),
                    ["tmpls"] = new[] { new Dictionary<string, object?> { ["name"] = "Card 1", ["ord"] = 0, ["qfmt"] = question, ["afmt"] = answer, ["did"] = null, ["bqfmt"] = "", ["bafmt"] = "" } },
                    ["css"] = ".card { font-family: arial; }", ["latexPre"] = "", ["latexPost"] = "", ["req"] = new object[] { new object[] { 0, "any", new[] { 0 } } },
                };
            });
            var decks = deckIds.ToDictionary(d => d.Value.ToString(CultureInfo.InvariantCulture), d => new Dictionary<string, object>
            {
                ["id"] = d.Value, ["name"] = d.Key, ["mod"] = 1700000000, ["usn"] = -1, ["dyn"] = 0, ["conf"] = 1, ["desc"] = "", ["collapsed"] = false,
            });
            Execute(connection, "UPDATE col SET models = $models, decks = $decks",
                ("$models", JsonSerializer.Serialize(models)), ("$decks", JsonSerializer.Serialize(decks)));
            return;
        }

        foreach (var (name, id) in typeIds)
        {
            var (fields, question, answer, cloze) = AnkiPackageWriter.NoteTypes[name];
            Execute(connection, "INSERT INTO notetypes VALUES ($id, $name, 1700000000, -1, $config)",
                ("$id", id), ("$name", name), ("$config", AnkiPackageWriter.Proto.Message(w => w.Varint(1, cloze ? 1UL : 0UL).String(3, ".card {}"))));
            for (var i = 0; i < fields.Length; i++)
            {
                Execute(connection, "INSERT INTO fields VALUES ($ntid, $ord, $name, $config)",
                    ("$ntid", id), ("$ord", i), ("$name", fields[i]), ("$config", AnkiPackageWriter.Proto.Message(w => w.String(3, "Arial").Varint(4, 20))));
            }

            Execute(connection, "INSERT INTO templates VALUES ($ntid, 0, 'Card 1', 1700000000, -1, $config)",
                ("$ntid", id), ("$config", AnkiPackageWriter.Proto.Message(w => w.String(1, question).String(2, answer))));
        }

        foreach (var (name, id) in deckIds)
        {
            // Schema 18 joins deck levels with U+001F; kind: DeckKindContainer { Normal normal = 1 }.
            Execute(connection, "INSERT INTO decks VALUES ($id, $name, 1700000000, -1, $common, $kind)",
                ("$id", id), ("$name", name.Replace("::", "\u001f", StringComparison.Ordinal)), ("$common", Array.Empty<byte>()),
                ("$kind", AnkiPackageWriter.Proto.Message(w => w.Bytes(1, AnkiPackageWriter.Proto.Message(n => n.Varint(1, 1))))));
        }
    }

    public static void WriteNotes(SqliteConnection connection, IReadOnlyList<AnkiTestNote> notes, Dictionary<string, long> typeIds, Dictionary<string, long> deckIds)
    {
        using var note = Command(connection, "INSERT INTO notes VALUES ($id, $guid, $mid, $mod, -1, $tags, $flds, $sfld, $csum, 0, '')");
        using var review = Command(connection, "INSERT INTO revlog VALUES ($id, $cid, -1, $ease, 1, 0, 2500, $time, 1)");
        using var card = Command(connection, "INSERT INTO cards VALUES ($id, $nid, $did, $ord, $mod, -1, 0, 0, $due, 0, 2500, 0, 0, 0, 0, 0, 0, $data)");
        for (var i = 0; i < notes.Count; i++)
        {
            var n = notes[i];
            var id = 1_600_000_000_000L + i;
            Run(note, ("$id", id), ("$guid", n.Guid), ("$mid", typeIds[n.NoteType]), ("$mod", n.ModifiedSeconds),
                ("$tags", n.Tags.Count == 0 ? "" : " " + string.Join(' ', n.Tags) + " "), ("$flds", string.Join('\u001f', n.Fields)),
                ("$sfld", n.Fields.Count > 0 ? n.Fields[0] : ""), ("$csum", i));
            Run(card, ("$id", id), ("$nid", id), ("$did", deckIds[n.Deck]), ("$ord", n.CardOrdinal), ("$mod", n.ModifiedSeconds), ("$due", i + 1), ("$data", n.CardData));
            foreach (var r in n.Reviews)
            {
                Run(review, ("$id", r.At.ToUnixTimeMilliseconds()), ("$cid", id), ("$ease", r.Ease), ("$time", r.DurationMs));
            }
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static void Run(SqliteCommand command, params (string Name, object Value)[] parameters)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, sql);
        Run(command, parameters);
    }
}
