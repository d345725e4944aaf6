namespace Sobes.Import.Decks;

/// <summary>Which columns of a CSV header hold the question, the answer and the optional tags, deck and Anki note GUID.</summary>
internal sealed record CsvColumns(int Question, int Answer, int Tags, int Deck, int Guid)
{
    private static readonly string[] QuestionNames = ["question", "q", "front", "term", "prompt", "вопрос", "термин", "лицевая сторона"];

    private static readonly string[] AnswerNames = ["answer", "a", "back", "definition", "response", "ответ", "определение", "оборотная сторона"];

    /// <summary>The columns a header names (indexes from 0, -1 for none); null without both a question and an answer column.</summary>
    public static CsvColumns? Find(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var names = header.Select(h => h.Trim().Trim('\uFEFF').ToLowerInvariant()).ToList();
        int Index(params string[] candidates) => names.FindIndex(n => candidates.Contains(n, StringComparer.Ordinal));
        var question = Index(QuestionNames);
        var answer = Index(AnswerNames);
        return question < 0 || answer < 0 || question == answer
            ? null
            : new CsvColumns(question, answer, Index("tags", "tag", "теги", "метки"), Index("deck", "колода"), Index("guid"));
    }

    /// <summary>The separator of a header line: the most frequent of tab, semicolon and comma (a comma on a tie).</summary>
    public static string SeparatorOf(string headerLine)
    {
        ArgumentNullException.ThrowIfNull(headerLine);
        var tabs = headerLine.Count(c => c == '\t');
        var semicolons = headerLine.Count(c => c == ';');
        var commas = headerLine.Count(c => c == ',');
        return tabs > commas && tabs >= semicolons ? "\t" : semicolons > commas ? ";" : ",";
    }
}
