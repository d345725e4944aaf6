using Microsoft.Data.Sqlite;
using Sobes.Core.Posts;

namespace Sobes.Import.Decks.Anki;

/// <summary>Walks the review log (ordered by note) beside the notes (ordered by id), handing each note its reviews: one pass, bounded memory.</summary>
internal sealed class ReviewMerge(SqliteDataReader? reviews) : IDisposable
{
    // DateTimeOffset.MaxValue in Unix milliseconds: a revlog id past it is not a time.
    private const long MaxMilliseconds = 253_402_300_799_999;

    private bool _started;
    private bool _more = true;

    public IReadOnlyList<PastReview> Of(long noteId)
    {
        if (reviews is null)
        {
            return [];
        }

        if (!_started)
        {
            _started = true;
            _more = reviews.Read();
        }

        while (_more && reviews.GetInt64(0) < noteId)
        {
            _more = reviews.Read();
        }

        List<PastReview>? found = null;
        while (_more && reviews.GetInt64(0) == noteId)
        {
            if (reviews.GetInt64(1) is var at and > 0 and < MaxMilliseconds)
            {
                (found ??= []).Add(new PastReview(DateTimeOffset.FromUnixTimeMilliseconds(at), reviews.GetInt32(2), (int)Math.Clamp(reviews.GetInt64(3), 0, int.MaxValue)));
            }

            _more = reviews.Read();
        }

        return found ?? (IReadOnlyList<PastReview>)[];
    }

    public void Dispose() => reviews?.Dispose();
}
