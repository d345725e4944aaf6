using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Sobes.Core.Library;
using Sobes.Core.Library.Duplicates;
using Sobes.Core.Posts;

namespace Sobes.Data.Importing;

/// <summary>
/// Reads posts and runs the library pipeline (and the duplicate finder's stateless half) on them in parallel, handing them on in file order. The
/// queue is bounded, so a reader far ahead of the database waits instead of filling memory.
/// </summary>
internal static class AnalyzedPosts
{
    private const int Ahead = 64;

    public static async IAsyncEnumerable<(RawPost Post, ItemDraft? Draft, DuplicateProbe? Probe)> ReadAsync(
        IEnumerable<RawPost> posts, Func<ItemDraft, DuplicateProbe> probe, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var queue = Channel.CreateBounded<Task<(RawPost, ItemDraft?, DuplicateProbe?)>>(new BoundedChannelOptions(Ahead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var post in posts)
                {
                    var analysis = Task.Run(() => Analyze(post, probe), token);
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

    private static (RawPost, ItemDraft?, DuplicateProbe?) Analyze(RawPost post, Func<ItemDraft, DuplicateProbe> probe)
    {
        var draft = PostAnalyzer.Analyze(post);
        return (post, draft, draft is null ? null : probe(draft));
    }
}
