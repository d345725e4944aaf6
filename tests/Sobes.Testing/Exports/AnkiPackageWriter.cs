using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Sobes.Testing.Exports;

/// <summary>The three collection formats an Anki package may hold.</summary>
public enum AnkiCollectionFormat
{
    /// <summary><c>collection.anki2</c>, schema 11, alone (Anki 2.0 and "support older versions" exports).</summary>
    Anki2,

    /// <summary><c>collection.anki21</c>, schema 11, beside a stub <c>collection.anki2</c>.</summary>
    Anki21,

    /// <summary><c>collection.anki21b</c>, zstd-compressed schema 18 with a protobuf media list and <c>meta</c>, beside a stub <c>collection.anki2</c>.</summary>
    Anki21b,
}

/// <summary>A note to write: its type is one of <see cref="AnkiPackageWriter.NoteTypes"/>.</summary>
public sealed record AnkiTestNote(string Guid, string NoteType, string Deck, IReadOnlyList<string> Fields, IReadOnlyList<string> Tags, long ModifiedSeconds)
{
    /// <summary>Answers to the note's card, written to the review log.</summary>
    public IReadOnlyList<AnkiTestReview> Reviews { get; init; } = [];

    /// <summary>The card's <c>data</c> column, e.g. an FSRS memory state {"s":…,"d":…,"dr":…}; empty by default.</summary>
    public string CardData { get; init; } = "";

    /// <summary>The ordinal of the note's one card: its template's, or its cloze number less one; 0 by default.</summary>
    public int CardOrdinal { get; init; }
}

/// <summary>One answer in Anki's review log: when (the revlog id is its Unix milliseconds), ease 1–4, milliseconds taken.</summary>
public sealed record AnkiTestReview(DateTimeOffset At, int Ease, int DurationMs = 8000);

/// <summary>
/// Writes Anki packages for tests and benchmarks in all three collection formats, with the tables and JSON or
/// protobuf configs Anki's rslib reads (storage/schema11.sql, upgrades/schema15_upgrade.sql, proto/anki/notetypes.proto,
/// import_export.proto). Deterministic: ids follow from the notes' order.
/// </summary>
public static class AnkiPackageWriter
{
    /// <summary>Note types by name: fields, first template's question and answer, cloze or not.</summary>
    public static IReadOnlyDictionary<string, (string[] Fields, string Question, string Answer, bool Cloze)> NoteTypes { get; } =
        new Dictionary<string, (string[], string, string, bool)>
        {
            ["Basic"] = (["Front", "Back"], "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}", false),
            ["Basic (and reversed card)"] = (["Front", "Back"], "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}", false),
            ["Cloze"] = (["Text", "Back Extra"], "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}", true),
            ["Термин с примером"] = (["Пример", "Термин", "Значение"], "{{#Термин}}{{Термин}}{{/Термин}}<br>{{Пример}}", "{{FrontSide}}<hr id=answer>{{Значение}}", false),
        };

    public static void Write(Stream output, AnkiCollectionFormat format, IReadOnlyList<AnkiTestNote> notes, IReadOnlyDictionary<string, byte[]>? media = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(notes);
        media ??= new Dictionary<string, byte[]>();
        var dir = Directory.CreateTempSubdirectory("sobes-anki-writer-");
        try
        {
            using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            var collection = Path.Combine(dir.FullName, "collection");
            WriteCollection(collection, schema18: format == AnkiCollectionFormat.Anki21b, notes);
            if (format != AnkiCollectionFormat.Anki2)
            {
                var stub = Path.Combine(dir.FullName, "stub");
                WriteCollection(stub, schema18: false, [new AnkiTestNote("stubGuid01", "Basic", "Default", ["Please update to the latest Anki version, then import the .colpkg/.apkg file again.", ""], [], 1)]);
                Add(zip, "collection.anki2", File.ReadAllBytes(stub), compress: false);
            }

            var name = format switch { AnkiCollectionFormat.Anki2 => "collection.anki2", AnkiCollectionFormat.Anki21 => "collection.anki21", _ => "collection.anki21b" };
            Add(zip, name, File.ReadAllBytes(collection), compress: format == AnkiCollectionFormat.Anki21b);
            var names = media.Keys.ToList();
            if (format == AnkiCollectionFormat.Anki21b)
            {
                Add(zip, "meta", Proto.Message(w => w.Varint(1, 3)), compress: false);
                var list = Proto.Message(w =>
                {
                    foreach (var n in names)
                    {
                        w.Bytes(1, Proto.Message(e => e.String(1, n).Varint(2, (ulong)media[n].Length)));
                    }
                });
                Add(zip, "media", list, compress: true);
            }
            else
            {
                Add(zip, "media", JsonSerializer.SerializeToUtf8Bytes(names.Select((n, i) => (n, i)).ToDictionary(p => p.i.ToString(System.Globalization.CultureInfo.InvariantCulture), p => p.n)), compress: false);
            }

            for (var i = 0; i < names.Count; i++)
            {
                Add(zip, i.ToString(System.Globalization.CultureInfo.InvariantCulture), media[names[i]], compress: format == AnkiCollectionFormat.Anki21b);
            }
        }
        finally
        {
            dir.Delete(true);
        }
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes, bool compress)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        if (compress)
        {
            using var zstd = new ZstdSharp.CompressionStream(entry, 3, leaveOpen: true);
            zstd.Write(bytes);
        }
        else
        {
            entry.Write(bytes);
        }
    }

    private static void WriteCollection(string path, bool schema18, IReadOnlyList<AnkiTestNote> notes)
    {
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            connection.Open();
            connection.CreateCollation("unicase", (a, b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase));
            using var transaction = connection.BeginTransaction();
            AnkiSchema.Create(connection, schema18);
            var typeIds = NoteTypes.Keys.Select((n, i) => (n, Id: 1_700_000_000_000L + i)).ToDictionary(p => p.n, p => p.Id);
            var deckIds = notes.Select(n => n.Deck).Prepend("Default").Distinct(StringComparer.Ordinal)
                .Select((d, i) => (d, Id: d == "Default" ? 1L : 1_700_000_100_000L + i)).ToDictionary(p => p.d, p => p.Id);
            AnkiSchema.WriteTypesAndDecks(connection, schema18, typeIds, deckIds);
            AnkiSchema.WriteNotes(connection, notes, typeIds, deckIds);
            transaction.Commit();
        }
    }

    /// <summary>A protocol-buffer writer for the few messages a package needs.</summary>
    internal sealed class Proto
    {
        private readonly MemoryStream buffer = new();

        public static byte[] Message(Action<Proto> write)
        {
            var proto = new Proto();
            write(proto);
            return proto.buffer.ToArray();
        }

        public Proto Varint(int field, ulong value)
        {
            Raw((ulong)field << 3);
            Raw(value);
            return this;
        }

        public Proto String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

        public Proto Bytes(int field, byte[] value)
        {
            Raw(((ulong)field << 3) | 2);
            Raw((ulong)value.Length);
            buffer.Write(value);
            return this;
        }

        private void Raw(ulong value)
        {
            while (value >= 0x80)
            {
                buffer.WriteByte((byte)(value | 0x80));
                value >>= 7;
            }

            buffer.WriteByte((byte)value);
        }
    }
}
