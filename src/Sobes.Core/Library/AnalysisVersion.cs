namespace Sobes.Core.Library;

/// <summary>
/// The version of the analysis rules (<see cref="PostAnalyzer"/>, <see cref="Classifier"/>, <see cref="TopicTagger"/>,
/// the term dictionary). A library remembers the version its items were analysed with; when it is older than this one,
/// the next start re-analyses the stored posts once (keeping what editors set). Raise it when a rule change should
/// reach libraries imported before it.
/// </summary>
public static class AnalysisVersion
{
    /// <summary>
    /// 3: a common word is no topic evidence where a specific term stems like it, a word inside a longer term counts
    /// once (2: the editorial rules of issue #13 — topics from headings, bilingual terms, kinds, inferred titles, review).
    /// </summary>
    public const int Current = 3;
}
