using Sobes.Data.Importing;
using Sobes.Data.Search;
using Sobes.Data.Storage;

namespace Sobes.Web.Hosting;

/// <summary>
/// The search index folder can be open by one owner at a time (Lucene's write lock), and an import updates it
/// at its end. So searches and imports take turns here; a search holds the gate only while it runs.
/// </summary>
public sealed class IndexGate(SobesDatabase database) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    /// <summary>Runs a read against the index, opened (and rebuilt if stale) for this call.</summary>
    public async Task<T> ReadAsync<T>(Func<SearchIndex, T> read, CancellationToken cancellationToken)
    {
        using (await EnterAsync(cancellationToken))
        {
            using var index = await LibraryIndex.OpenAsync(database, cancellationToken);
            return read(index);
        }
    }

    public void Dispose() => gate.Dispose();

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
