using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Sobes.Data.Search;

/// <summary>
/// Each term's state in every segment of a reader (its place in each segment's term dictionary), looked up once per
/// reader instead of once per search: a search of a few words names dozens of terms, and each lookup seeks every
/// segment. A reader keeps at most <see cref="MaxPerReader"/> terms; the states are only read after they are built.
/// </summary>
internal static class TermContexts
{
    private const int MaxPerReader = 4096;

    private static readonly ConditionalWeakTable<IndexReaderContext, ConcurrentDictionary<Term, TermContext>> Cache = new();

    public static TermContext For(IndexReaderContext top, Term term)
    {
        var known = Cache.GetValue(top, _ => new ConcurrentDictionary<Term, TermContext>());
        if (known.TryGetValue(term, out var states))
        {
            return states;
        }

        states = TermContext.Build(top, term);
        return known.Count < MaxPerReader ? known.GetOrAdd(term, states) : states;
    }
}
