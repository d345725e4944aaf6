using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Sobes.Data.Search;

/// <summary>
/// The words that set a document apart, chosen as Lucene's MoreLikeThis chooses them: each stem of the stored fields
/// counted over all of them, scored by its count times its idf in the field where it is commonest, the best
/// <see cref="MaxTerms"/> kept, each a term query on that field. MoreLikeThis opens a new terms enumerator for every
/// word in every segment and field, which made those lookups most of the cost of finding similar items; here one
/// enumerator per segment and field seeks them all. Equal scores keep the words' first-seen order.
/// </summary>
internal static class DistinctiveTerms
{
    public const int MaxTerms = 25;
    private const int MinWordLength = 2;
    private const int MaxTokensPerField = 5000;

    private static readonly DefaultSimilarity Similarity = new();

    /// <summary>The document's distinctive words as optional term clauses, best first.</summary>
    public static BooleanQuery Of(Document doc, IndexReader reader, Analyzer analyzer, IReadOnlyList<string> fields)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            foreach (var value in doc.GetValues(field))
            {
                Count(analyzer, field, value, counts);
            }
        }

        var words = counts.Keys.ToArray();
        var docFreqs = DocFreqs(reader, fields, words);
        var numDocs = reader.NumDocs;
        var query = new BooleanQuery();
        var best = words
            .Select((word, i) =>
            {
                var top = 0;
                for (var f = 1; f < fields.Count; f++)
                {
                    top = docFreqs[i, f] > docFreqs[i, top] ? f : top;
                }

                var docFreq = docFreqs[i, top];
                return (Word: word, Field: fields[top], DocFreq: docFreq, Score: docFreq == 0 ? 0f : counts[word] * Similarity.Idf(docFreq, numDocs));
            })
            .Where(w => w.DocFreq > 0)
            .OrderByDescending(w => w.Score)
            .Take(MaxTerms);
        foreach (var (word, field, _, _) in best)
        {
            query.Add(new TermQuery(new Term(field, word)), Occur.SHOULD);
        }

        return query;
    }

    private static void Count(Analyzer analyzer, string field, string text, Dictionary<string, int> counts)
    {
        using var tokens = analyzer.GetTokenStream(field, new StringReader(text));
        var term = tokens.AddAttribute<ICharTermAttribute>();
        tokens.Reset();
        for (var read = 0; tokens.IncrementToken() && read < MaxTokensPerField; read++)
        {
            if (term.Length >= MinWordLength)
            {
                var word = term.ToString();
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        tokens.End();
    }

    // The number of documents holding each word in each field, deleted ones included (as IndexReader.DocFreq counts).
    private static int[,] DocFreqs(IndexReader reader, IReadOnlyList<string> fields, string[] words)
    {
        var docFreqs = new int[words.Length, fields.Count];
        var bytes = words.Select(w => new BytesRef(w)).ToArray();
        foreach (var leaf in reader.Leaves)
        {
            for (var f = 0; f < fields.Count; f++)
            {
                var terms = leaf.AtomicReader.GetTerms(fields[f])?.GetEnumerator();
                if (terms is null)
                {
                    continue;
                }

                for (var i = 0; i < bytes.Length; i++)
                {
                    if (terms.SeekExact(bytes[i]))
                    {
                        docFreqs[i, f] += terms.DocFreq;
                    }
                }
            }
        }

        return docFreqs;
    }
}
