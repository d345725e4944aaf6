using Microsoft.Data.Sqlite;
using Sobes.Core.Export;
using Sobes.Core.Posts;

namespace Sobes.Import.Decks.Anki;

/// <summary>
/// Streams a collection's notes as posts, naming each note type it reads by template once, and counting notes per deck.
/// A Sobes note's own field (<see cref="DeckNoteField"/>) gives the item back as it was and says which Sobes card each
/// Anki card carries, so every card's review history comes back, a generated cloze note's to its item's card.
/// </summary>
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

        using var history = new CardHistoryMerge(Open(collection.OpenReviews, "review log"), Open(collection.OpenCardData, "card data"));

        // The last main note's post waits for the generated cloze notes a Sobes export writes right after it, whose
        // cards' histories are the item's too.
        RawPost? pending = null;
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

            var fields = row.Fields.Split('\u001f');
            var sobes = SobesField(row, type, ref fields);
            var cards = history.Of(row.Id);
            if (AnkiTextHeader.SplitTags(row.Tags).Contains(DeckExport.GeneratedTag, StringComparer.OrdinalIgnoreCase))
            {
                generated++;
                if (sobes?.MainGuid is { } main && cards.Count > 0)
                {
                    if (pending is not null && pending.Locator == NoteLocator.Of(main))
                    {
                        pending = pending with { History = [.. pending.History, .. History(cards, sobes, type)] };
                    }
                    else
                    {
                        diagnostics.Add(Diagnostic.Warning(file, 0, 0,
                            $"note {row.Id} ({row.Guid}): its cards' review history belongs to note {main}, which does not come right before it; that history was not imported"));
                    }
                }

                continue;
            }

            var deck = collection.Decks.GetValueOrDefault(row.DeckId);
            if (deck is not null)
            {
                var top = deck.Split("::")[0];
                notesPerDeck[top] = notesPerDeck.GetValueOrDefault(top) + 1;
            }

            var note = ToNote(row, fields, type, deck, sobes) with { History = History(cards, sobes, type) };
            if (DeckPosts.ToPost(note, out var skipped) is { } post)
            {
                if (pending is not null)
                {
                    yield return pending;
                }

                pending = post;
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(file, 0, 0, $"note {row.Id} ({note.Guid}): {skipped}; skipped"));
            }
        }

        if (pending is not null)
        {
            yield return pending;
        }

        if (generated > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, file, 0, 0,
                $"{generated} note(s) tagged {DeckExport.GeneratedTag} were left out: they are cloze cards Sobes generated from other notes, and it generates them again"));
        }
    }

    // A Sobes note type's last field, taken out of the fields and read; null (with a warning when it does not read) otherwise.
    private DeckNoteData? SobesField(AnkiNoteRow row, AnkiNoteType type, ref string[] fields)
    {
        if (!Export.PackageNoteTypes.IsSobes(type.Id, type.Name) || type.Fields.Count == 0 || type.Fields[^1] != DeckNoteField.Name
            || fields.Length != type.Fields.Count)
        {
            return null;
        }

        var html = fields[^1];
        fields = fields[..^1];
        if (DeckNoteField.Read(html, out var problem) is { } data)
        {
            return data;
        }

        diagnostics.Add(Diagnostic.Warning(file, 0, 0, $"note {row.Id} ({row.Guid}): {problem}; the note was read from its other fields alone"));
        return null;
    }

    // Each card's history with the Sobes card it belongs to: by the Sobes field; by cloze number in a cloze note type;
    // else the first card is the item's main card and the others (a reversed card) have none in Sobes.
    private static List<PastCard> History(IReadOnlyDictionary<int, (IReadOnlyList<PastReview> Reviews, PastMemory? Memory)> cards, DeckNoteData? sobes, AnkiNoteType type)
    {
        var history = new List<PastCard>(cards.Count);
        foreach (var (ordinal, (reviews, memory)) in cards.OrderBy(c => c.Key))
        {
            var key = sobes is not null ? sobes.Cards.GetValueOrDefault(ordinal)
                : type.IsCloze ? Core.Cards.GeneratorKeys.AuthorCloze + (ordinal + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : null;
            if (key is not null || (sobes is null && ordinal == 0))
            {
                history.Add(new PastCard(key, reviews, memory));
            }
        }

        return history;
    }

    private static DeckNote ToNote(AnkiNoteRow row, string[] fields, AnkiNoteType type, string? deck, DeckNoteData? sobes)
    {
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
            Modified = sobes?.Posted ?? (modified is > 0 and < 253_402_300_799 ? DateTimeOffset.FromUnixTimeSeconds(modified) : null),
            Preset = sobes?.Preset,
        };
    }

    private static string Names(AnkiNoteType type, IReadOnlyList<int> fields) =>
        fields.Count == 0 ? "none" : string.Join(", ", fields.Select(i => type.Fields[i]));

    private SqliteDataReader? Open(Func<SqliteDataReader> open, string what)
    {
        try
        {
            return open();
        }
        catch (SqliteException e)
        {
            diagnostics.Add(Diagnostic.Warning(file, 0, 0, $"the collection's {what} cannot be read ({e.Message}); no review history was imported"));
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
