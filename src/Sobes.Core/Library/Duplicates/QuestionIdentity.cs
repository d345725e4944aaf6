using Sobes.Core.Text;

namespace Sobes.Core.Library.Duplicates;

/// <summary>
/// When two items' questions are different questions, so that no similarity of their texts may merge them: each asks
/// something the other does not ("What is L1?" and "What is L2?"). A question that only adds to the other ("Что такое
/// эмбеддинги?" and "Что такое эмбеддинги в NLP?") is the same question reworded; an item without a question never differs.
/// </summary>
public static class QuestionIdentity
{
    /// <summary>True when both questions are given and each has a word (by stem) the other lacks.</summary>
    public static bool Differ(string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
        {
            return false;
        }

        var left = TextStemmer.Stems(a).ToHashSet(StringComparer.Ordinal);
        var right = TextStemmer.Stems(b).ToHashSet(StringComparer.Ordinal);
        return !left.IsSubsetOf(right) && !right.IsSubsetOf(left);
    }
}
