using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Sobes.Core.Export;

namespace Sobes.Import.Decks.Export;

/// <summary>One Anki card of a note: its ordinal, scheduling columns and review log.</summary>
public sealed record PackageCard(int Ordinal, DeckCardState State, IReadOnlyList<DeckReviewRow> Reviews);

/// <summary>
/// Writes an Anki package every Anki version imports: a schema 11 collection (rslib storage/schema11.sql) stored as
/// <c>collection.anki21</c> and, byte for byte, as <c>collection.anki2</c> (older readers look only for that name;
/// Anki reads <c>collection.anki21</c> when present, import_export/package/meta.rs), and a <c>media</c> list (<c>{}</c>:
/// a Sobes package carries no media). Notes are added one at a time into a temporary SQLite file in one transaction,
/// so memory stays bounded whatever the library's size.
/// </summary>
public sealed partial class ApkgWriter : IDisposable
{
    private const long FirstNoteId = 1_500_000_000_000;

    private readonly string directory;
    private readonly string path;
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly SqliteCommand note;
    private readonly SqliteCommand card;
    private readonly SqliteCommand review;
    private readonly Dictionary<string, long> decks = new(StringComparer.Ordinal);
    private readonly HashSet<long> reviewIds = [];
    private readonly DateTimeOffset now;
    private long notes;
    private long cards;
    private bool completed;

    private ApkgWriter(DateTimeOffset now)
    {
        this.now = now;
        directory = Directory.CreateTempSubdirectory("sobes-apkg-").FullName;
        path = Path.Combine(directory, "collection.anki21");
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        transaction = connection.BeginTransaction();
        Execute(Schema11);
        note = Command("INSERT INTO notes VALUES ($id, $guid, $mid, $mod, -1, $tags, $flds, $sfld, $csum, 0, '')", "$id", "$guid", "$mid", "$mod", "$tags", "$flds", "$sfld", "$csum");
        card = Command("INSERT INTO cards VALUES ($id, $nid, $did, $ord, $mod, -1, $type, $queue, $due, $ivl, $factor, $reps, $lapses, $left, 0, 0, 0, $data)",
            "$id", "$nid", "$did", "$ord", "$mod", "$type", "$queue", "$due", "$ivl", "$factor", "$reps", "$lapses", "$left", "$data");
        review = Command("INSERT INTO revlog VALUES ($id, $cid, -1, $ease, $ivl, $lastIvl, $factor, $time, $type)",
            "$id", "$cid", "$ease", "$ivl", "$lastIvl", "$factor", "$time", "$type");
    }

    /// <summary>How many notes were added.</summary>
    public long Notes => notes;

    /// <summary>How many review-log rows were added.</summary>
    public int Reviews => reviewIds.Count;

    /// <summary>A writer whose collection says it was modified at <paramref name="now"/>.</summary>
    public static ApkgWriter Create(DateTimeOffset now) => new(now);

    /// <summary>
    /// Adds a note with its cards. A note must have a card for each ordinal its type makes (a Basic or Quiz note one,
    /// ordinal 0; a Cloze note one per deletion number, ordinal number − 1); <paramref name="noteCards"/> are those cards.
    /// </summary>
    public void Add(DeckNoteDraft draft, IReadOnlyList<PackageCard> noteCards)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(noteCards);
        ObjectDisposedException.ThrowIf(completed, this);
        var type = PackageNoteTypes.Of(draft.Type);
        var deck = DeckId(draft.Deck);
        var noteId = FirstNoteId + notes++;
        var modified = draft.Modified.ToUnixTimeSeconds();
        var sort = StripHtml(draft.Fields.Count > 0 ? draft.Fields[0] : "");
        Run(note, noteId, draft.Guid, type.Id, modified, draft.Tags.Count == 0 ? "" : " " + string.Join(' ', draft.Tags) + " ",
            string.Join('\u001f', Enumerable.Range(0, type.Fields.Count).Select(i => i < draft.Fields.Count ? draft.Fields[i] : "")),
            sort, Checksum(sort));
        foreach (var c in noteCards)
        {
            var cardId = FirstNoteId + cards++;
            var s = c.State;
            Run(card, cardId, noteId, deck, c.Ordinal, modified, s.Type, s.Queue, s.Due, s.Interval, s.Factor, s.Reps, s.Lapses, s.Left, s.Data);
            foreach (var r in c.Reviews)
            {
                var id = r.At.ToUnixTimeMilliseconds();
                while (!reviewIds.Add(id))
                {
                    id++;
                }

                Run(review, id, cardId, r.Ease, r.Interval, r.LastInterval, r.Factor, r.DurationMs, r.Type);
            }
        }
    }

    /// <summary>Finishes the collection and writes the package to <paramref name="output"/>.</summary>
    public void Complete(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ObjectDisposedException.ThrowIf(completed, this);
        var modified = now.ToUnixTimeSeconds();
        foreach (var parent in decks.Keys.SelectMany(Parents).ToList())
        {
            DeckId(parent);
        }

        using (var col = Command("INSERT INTO col VALUES (1, $crt, $mod, $scm, 11, 0, 0, 0, $conf, $models, $decks, $dconf, '{}')", "$crt", "$mod", "$scm", "$conf", "$models", "$decks", "$dconf"))
        {
            Run(col, DeckSchedules.CollectionCreated.ToUnixTimeSeconds(), now.ToUnixTimeMilliseconds(), now.ToUnixTimeMilliseconds(),
                PackageCollection.Config(notes + 1), PackageCollection.Models(modified), PackageCollection.Decks(decks, modified), PackageCollection.DeckOptions(modified));
        }

        transaction.Commit();
        Close();

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        zip.CreateEntryFromFile(path, "collection.anki21", CompressionLevel.Fastest);
        zip.CreateEntryFromFile(path, "collection.anki2", CompressionLevel.Fastest);
        using var media = zip.CreateEntry("media", CompressionLevel.Fastest).Open();
        media.Write("{}"u8);
    }

    public void Dispose()
    {
        if (!completed)
        {
            Close();
        }

        try
        {
            Directory.Delete(directory, true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not worth failing an export for.
        }
    }

    private void Close()
    {
        completed = true;
        note.Dispose();
        card.Dispose();
        review.Dispose();
        transaction.Dispose();
        connection.Dispose();
    }

    // Anki's sort field is the field's text without markup; its checksum is the first 32 bits of the SHA-1 of that text (rslib notes/mod.rs).
#pragma warning disable CA5350 // Anki's checksum is SHA-1 by definition; nothing here is security.
    private static long Checksum(string text) =>
        long.Parse(Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(text)))[..8], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
#pragma warning restore CA5350

    private static string StripHtml(string html) =>
        System.Net.WebUtility.HtmlDecode(Tag().Replace(html.Replace("<br>", " ", StringComparison.Ordinal), "")).Trim();

    private static IEnumerable<string> Parents(string deck)
    {
        var parts = deck.Split("::");
        for (var i = 1; i < parts.Length; i++)
        {
            yield return string.Join("::", parts[..i]);
        }
    }

    private long DeckId(string name)
    {
        if (!decks.TryGetValue(name, out var id))
        {
            id = FirstNoteId + 1_000_000_000 + decks.Count;
            decks[name] = id;
        }

        return id;
    }

    private SqliteCommand Command(string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    // rslib/src/storage/schema11.sql, without the col row (written at the end).
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
}
