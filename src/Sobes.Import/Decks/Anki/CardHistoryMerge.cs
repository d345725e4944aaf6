using Microsoft.Data.Sqlite;
using Sobes.Core.Posts;

namespace Sobes.Import.Decks.Anki;

/// <summary>
/// Walks the review log and the cards' data (both ordered by note, then card ordinal) beside the notes (ordered by id),
/// handing each note its cards' answers and FSRS memory states by ordinal: one pass, bounded memory.
/// </summary>
internal sealed class CardHistoryMerge(SqliteDataReader? reviews, SqliteDataReader? data) : IDisposable
{
    // DateTimeOffset.MaxValue in Unix milliseconds: a revlog id past it is not a time.
    private const long MaxMilliseconds = 253_402_300_799_999;

    private readonly Cursor reviewCursor = new(reviews);
    private readonly Cursor dataCursor = new(data);

    /// <summary>The note's cards that have answers, by ordinal: their answers, oldest first, and the memory state the card kept.</summary>
    public IReadOnlyDictionary<int, (IReadOnlyList<PastReview> Reviews, PastMemory? Memory)> Of(long noteId)
    {
        Dictionary<int, List<PastReview>>? found = null;
        foreach (var r in reviewCursor.RowsOf(noteId))
        {
            if (r.GetInt64(2) is var at and > 0 and < MaxMilliseconds)
            {
                found ??= [];
                var ordinal = r.GetInt32(1);
                (found.TryGetValue(ordinal, out var list) ? list : found[ordinal] = [])
                    .Add(new PastReview(DateTimeOffset.FromUnixTimeMilliseconds(at), r.GetInt32(3), (int)Math.Clamp(r.GetInt64(4), 0, int.MaxValue)));
            }
        }

        if (found is null)
        {
            return Empty; // the card data's rows of this note are passed over by the next note's call, unparsed
        }

        Dictionary<int, PastMemory>? memories = null;
        foreach (var d in dataCursor.RowsOf(noteId))
        {
            // Only a card with answers takes its memory state: the others' data is not parsed.
            if (d.GetInt32(1) is var ordinal && found.ContainsKey(ordinal) && !d.IsDBNull(2)
                && CardMemory.Of(Convert.ToString(d.GetValue(2), System.Globalization.CultureInfo.InvariantCulture) ?? "") is { } memory)
            {
                (memories ??= [])[ordinal] = memory;
            }
        }

        return found.ToDictionary(f => f.Key, f => ((IReadOnlyList<PastReview>)f.Value, memories?.GetValueOrDefault(f.Key)));
    }

    public void Dispose()
    {
        reviews?.Dispose();
        data?.Dispose();
    }

    private static readonly Dictionary<int, (IReadOnlyList<PastReview>, PastMemory?)> Empty = [];

    // A reader ordered by note id (column 0), read forward one note at a time.
    private sealed class Cursor(SqliteDataReader? reader)
    {
        private bool started;
        private bool more = true;

        public IEnumerable<SqliteDataReader> RowsOf(long noteId)
        {
            if (reader is null)
            {
                yield break;
            }

            if (!started)
            {
                started = true;
                more = reader.Read();
            }

            while (more && reader.GetInt64(0) < noteId)
            {
                more = reader.Read();
            }

            while (more && reader.GetInt64(0) == noteId)
            {
                yield return reader;
                more = reader.Read();
            }
        }
    }
}
