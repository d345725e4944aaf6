namespace Sobes.Import.Decks;

/// <summary>
/// How a Quizlet export separates a term from its definition and one pair from the next. Quizlet lets the exporter
/// choose both (tab, comma or any text; a new line, semicolon or any text), so they are inferred from the text: the
/// first layout, in order of how common it is, under which at least four rows in five hold the term separator.
/// </summary>
internal sealed record QuizletLayout(string TermSeparator, string? RowSeparator)
{
    private const int MaxTermLength = 60;

    private static readonly string[] TermSeparators = ["\t", " - ", " – ", " — ", " = ", ": ", ",", ";", ":", "="];

    private static readonly string?[] RowSeparators = [null, "\n\n", ";", "|", "\n\n\n"];

    /// <summary>The layout of <paramref name="sample"/>, and how sure that is (0–1); null when none fits.</summary>
    public static (QuizletLayout Layout, double Confidence)? Infer(string sample, bool complete)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var text = sample.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (var row in RowSeparators)
        {
            var rows = (row is null ? text.Split('\n') : text.Split(row)).ToList();
            if (!complete && rows.Count > 1)
            {
                // The last row may be cut by the sample's end.
                rows.RemoveAt(rows.Count - 1);
            }

            rows = rows.Where(r => r.Trim().Length > 0).ToList();
            if (rows.Count < 2)
            {
                continue;
            }

            foreach (var term in TermSeparators)
            {
                if (term == row || (row is not null && row.Contains(term, StringComparison.Ordinal)))
                {
                    continue;
                }

                var split = rows.Count(r => r.IndexOf(term, StringComparison.Ordinal) is > 0 and var at && at + term.Length < r.TrimEnd().Length);
                if (split * 5 >= rows.Count * 4)
                {
                    return (new QuizletLayout(term, row), Confidence(rows, term, row));
                }
            }
        }

        return null;
    }

    // A tab between two columns is Quizlet's default export; a comma, colon or semicolon a line could be prose, so it
    // counts only when terms are short, as terms are (and --format quizlet settles any doubt).
    private static double Confidence(List<string> rows, string term, string? row)
    {
        if (term == "\t" && row is null)
        {
            return rows.All(r => r.Count(c => c == '\t') == 1) ? 0.75 : 0.5;
        }

        // A bare comma (or colon, semicolon, "=") counts only as Quizlet writes it, with no space after: prose puts one there.
        var bare = term.Length == 1;
        var shortTerms = rows.Count(r => r.IndexOf(term, StringComparison.Ordinal) is var at and > 0 and <= MaxTermLength
            && at + 1 < r.Length && (!bare || !char.IsWhiteSpace(r[at + 1])));
        var terse = rows.Count >= 3 && shortTerms * 10 >= rows.Count * 9;
        return terse || (!bare && row is not null) ? 0.3 : 0.1;
    }
}
