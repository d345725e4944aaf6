using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Sobes.Core.Library;
using Sobes.Core.Posts;
using Sobes.Import;

namespace Sobes.Data.Importing;

/// <summary>
/// Reads posts and runs the library pipeline on them in parallel, handing them on in file order. The
/// queue is bounded, so a reader far ahead of the database waits instead of filling memory.
/// </summary>
internal static class AnalyzedPosts
{
    private const int Ahead = 256;

    public static async IAsyncEnumerable<(RawPost Post, ItemDraft? Draft)> ReadAsync(
        ISourceReader reader, Stream stream, SourceInfo info, ICollection<Diagnostic> diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var queue = Channel.CreateBounded<Task<(RawPost, ItemDraft?)>>(new BoundedChannelOptions(Ahead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var post in reader.Read(stream, info, diagnostics, token))
                {
                    var analysis = Task.Run(() => (post, PostAnalyzer.Analyze(post)), token);
                    await queue.Writer.WriteAsync(analysis, token);
                }

                queue.Writer.Complete();
            }
            catch (Exception e)
            {
                queue.Writer.Complete(e);
            }
        }, token);

        try
        {
            await foreach (var analysis in queue.Reader.ReadAllAsync(token))
            {
                yield return await analysis;
            }

            await producer;
        }
        finally
        {
            // The consumer may stop early (an error, a cancelled import): the reader must not wait on a full queue.
            await stop.CancelAsync();
            await producer.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }
}
