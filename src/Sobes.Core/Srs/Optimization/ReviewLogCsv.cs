using System.Globalization;

namespace Sobes.Core.Srs.Optimization;

/// <summary>What reading a review log gave: its rows, or the first bad place named by file and line.</summary>
public sealed class ReviewLogReadResult
{
    private ReviewLogReadResult(IReadOnlyList<ReviewLogRow> entries, string? error)
    {
        Entries = entries;
        Error = error;
    }

    /// <summary>The rows in file order (empty when <see cref="Error"/> is set).</summary>
    public IReadOnlyList<ReviewLogRow> Entries { get; }

    /// <summary>The first problem, as <c>file:line: message</c>, or null when the file was read whole.</summary>
    public string? Error { get; }

    internal static ReviewLogReadResult Success(IReadOnlyList<ReviewLogRow> entries) => new(entries, null);

    internal static ReviewLogReadResult Failure(string error) => new([], error);
}

/// <summary>
/// Reads a review log in the CSV format of fsrs-rs's binding: a header
/// <c>card_id,review_time,review_rating,review_state,review_duration</c>, then one review a line
/// (integers; time in ms since the epoch; rating 1–4; state 0 new, 1 learning, 2 review, 3 relearning).
/// </summary>
public static class ReviewLogCsv
{
    /// <summary>The header the file must start with.</summary>
    public const string Header = "card_id,review_time,review_rating,review_state,review_duration";

    private static readonly string[] Columns = Header.Split(',');

    /// <summary>Reads the whole log; a bad header or row gives an error naming <paramref name="fileName"/> and the line.</summary>
    public static ReviewLogReadResult Read(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        var header = reader.ReadLine();
        if (header is null)
        {
            return ReviewLogReadResult.Failure($"{fileName}:1: the file is empty; expected the header '{Header}'.");
        }

        var names = header.TrimStart('\uFEFF').Split(',').Select(n => n.Trim()).ToArray();
        if (!names.SequenceEqual(Columns, StringComparer.OrdinalIgnoreCase))
        {
            return ReviewLogReadResult.Failure($"{fileName}:1: expected the header '{Header}'.");
        }

        var entries = new List<ReviewLogRow>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (entry, error) = ParseRow(line);
            if (error is not null)
            {
                return ReviewLogReadResult.Failure($"{fileName}:{lineNumber}: {error}");
            }

            entries.Add(entry);
        }

        return ReviewLogReadResult.Success(entries);
    }

    private static (ReviewLogRow Entry, string? Error) ParseRow(string line)
    {
        var fields = line.Split(',');
        if (fields.Length != Columns.Length)
        {
            return (default, $"expected {Columns.Length} fields ({Header}), found {fields.Length}.");
        }

        var values = new long[Columns.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            if (!long.TryParse(fields[i].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out values[i]))
            {
                return (default, $"{Columns[i]} '{fields[i].Trim()}' is not an integer.");
            }
        }

        if (values[1] < 0)
        {
            return (default, $"review_time {values[1]} is before 1970.");
        }

        if (values[2] is < 1 or > 4)
        {
            return (default, $"review_rating {values[2]} is not 1–4.");
        }

        if (values[3] is < 0 or > 3)
        {
            return (default, $"review_state {values[3]} is not 0–3 (new, learning, review, relearning).");
        }

        if (values[4] < 0)
        {
            return (default, $"review_duration {values[4]} is negative.");
        }

        return (new ReviewLogRow(values[0], values[1], (int)values[2], (int)values[3], values[4]), null);
    }
}
