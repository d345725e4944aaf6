using Sobes.Core.Library.Duplicates;
using static Sobes.Core.Tests.Library.Duplicates.DuplicateFixtures;

namespace Sobes.Core.Tests.Library.Duplicates;

public sealed class DuplicateCandidatesTests
{
    [Fact]
    public void Candidates_verified_later_and_on_other_threads_give_the_matches_add_gives()
    {
        string[] posts = [.. LongPosts, .. LongPosts.Select(p => "➡️ Репост\n" + p), .. LongPosts.Select(p => FirstWords(p, 0.7)), .. LongPosts, EnglishPrecisionRecallParaphrase];
        var direct = new NearDuplicateFinder();
        var expected = posts.Select((post, i) => direct.Add(i, post)).ToArray();

        var deferred = new NearDuplicateFinder();
        var candidates = posts.Select((post, i) => deferred.AddCandidates(i, deferred.Probe(post))).ToArray();
        var verified = candidates.AsParallel().AsOrdered().Select(c => c.Verify()).ToArray();

        Assert.Equal(expected, verified);
        Assert.Contains(expected, m => m is { Kind: DuplicateKind.Exact });
        Assert.Contains(expected, m => m is { Kind: DuplicateKind.Contained } or { Kind: DuplicateKind.NearDuplicate });
        Assert.Equal(direct.Count, deferred.Count);
    }
}
