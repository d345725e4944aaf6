using Microsoft.Data.Sqlite;
using Sobes.Core.Export;
using Sobes.Core.Posts;

namespace Sobes.Import.Decks.Anki;

/// <summary>Streams a collection's notes as posts, naming each note type it reads by template once, and counting notes per deck.</summary>
internal sealed class PackageNotes(AnkiCollection collection, string file, ICollection<Diagnostic> diagnostics)
{
    // Milliseconds since 1970 pass 10^11 in 1973: a larger "mod" is a writer's milliseconds, not seconds.
    private const long MillisecondsFrom = 100_000_000_000;

    private readonly Dictionary<string, int> notesPerDeck = new(StringComparer.Ordinal);

    /// <summary>The deck most notes are in (its top level), once the notes are read: the package's title.</summary>
    public string? MainDeck => notesPerDeck.Count == 0 ? null : notesPerDeck.MaxBy(d => d.Value).Key;

    public IEnumerable<RawPost> Read(CancellationToken cancellationToken)
    {
        var named = new HashSet<long>();
        using var reader = Query();
        if (reader is null)
        {
            yield break;
        }

        using var reviews = new ReviewMerge(Reviews());

        var count = 0;
        var generated = 0;
        while (Next(reader, out var row))
        {
            if (++count % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!collection.NoteTypes.TryGetValue(row.NoteTypeId, out var type))
            {
                diagnostics.Add(Diagnostic.Warning(file, 0, 0, $"note {row.Id}: its note type {row.NoteTypeId} is not in the collection; skipped"));
                continue;
            }

            if (type.Shape == NoteShape.Other && named.Add(type.Id))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, file, 0, 0,
                    $"note type '{type.Name}' is neither Basic nor Cloze: its notes were read by its first template (question: {Names(type, type.QuestionFields)}; answer: {Names(type, type.AnswerFields)})"));
            }

            if (AnkiTextHeader.SplitTags(row.Tags).Contains(DeckExport.GeneratedTag, StringComparer.OrdinalIgnoreCase))
            {
                generated++;
                continue;
            }

            var deck = collection.Decks.GetValueOrDefault(row.DeckId);
            if (deck is not null)
            {
                var top = deck.Split("::")[0];
                notesPerDeck[top] = notesPerDeck.GetValueOrDefault(top) + 1;
            }

            var note = ToNote(row, type, deck) with { Reviews = reviews.Of(row.Id), Memory = CardMemory.Of(row.CardData) };
            if (DeckPosts.ToPost(note, out var skipped) is { } post)
            {
                yield return post;
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(file, 0, 0, $"note {row.Id} ({note.Guid}): {skipped}; skipped"));
            }
        }

        if (generated > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, file, 0, 0,
                $"{generated} note(s) tagged {DeckExport.GeneratedTag} were left out: they are cloze cards Sobes generated from other notes, and it generates them again"));
        }
    }

    private static DeckNote ToNote(AnkiNoteRow row, AnkiNoteType type, string? deck)
    {
        var fields = row.Fields.Split('\u001f');
        if (type.Shape == NoteShape.Cloze && type.ClozeField is var cloze and > 0 && cloze < fields.Length)
        {
            // The cloze text first, the other fields after it, as DeckPosts reads a cloze note.
            fields = [fields[cloze], .. fields.Where((_, i) => i != cloze)];
        }

        var modified = row.Modified >= MillisecondsFrom ? row.Modified / 1000 : row.Modified;
        return new DeckNote
        {
            Place = $"note {row.Id}",
            Guid = row.Guid.Length > 0 ? row.Guid : null,
            NoteType = type.Name,
            Deck = deck,
            Fields = fields,
            Tags = AnkiTextHeader.SplitTags(row.Tags),
            Html = true,
            Shape = type.Shape,
            QuestionFields = type.QuestionFields,
            AnswerFields = type.AnswerFields,
            Modified = modified is > 0 and < 253_402_300_799 ? DateTimeOffset.FromUnixTimeSeconds(modified) : null,
        };
    }

    private static string Names(AnkiNoteType type, IReadOnlyList<int> fields) =>
        fields.Count == 0 ? "none" : string.Join(", ", fields.Select(i => type.Fields[i]));

    private SqliteDataReader? Reviews()
    {
        try
        {
            return collection.OpenReviews();
        }
        catch (SqliteException e)
        {
            diagnostics.Add(Diagnostic.Warning(file, 0, 0, "the collection's review log cannot be read (" + e.Message + "); no review history was imported"));
            return null;
        }
    }

    private SqliteDataReader? Query()
    {
        try
        {
            return collection.OpenNotes();
        }
        catch (SqliteException e)
        {
            diagnostics.Add(Diagnostic.Error(file, 0, 0, "the collection's notes cannot be read: " + e.Message));
            return null;
        }
    }

    // The next note; false at the end or (with an error) when the database is damaged there.
    private bool Next(SqliteDataReader reader, out AnkiNoteRow row)
    {
        try
        {
            if (reader.Read())
            {
                row = AnkiCollection.Row(reader);
                return true;
            }
        }
        catch (Exception e) when (e is SqliteException or InvalidCastException or InvalidOperationException)
        {
            diagnostics.Add(Diagnostic.Error(file, 0, 0, "the collection's notes cannot be read: " + e.Message));
        }

        row = null!;
        return false;
    }
}
