using System.Text;

namespace Sobes.Import.Decks;

/// <summary>How a delimited text splits into records and fields.</summary>
/// <param name="FieldSeparator">Between fields: "\t", ",", " - ".</param>
/// <param name="RecordSeparator">Between records; null for a line break (\n, \r\n or \r).</param>
/// <param name="Quoted">Fields may be quoted as in RFC 4180 ("" is a quote inside), and a quoted field may hold separators and line breaks.</param>
/// <param name="Comments">A line starting with '#' is a comment (Anki's text files).</param>
internal sealed record DelimitedFormat(string FieldSeparator, string? RecordSeparator, bool Quoted, bool Comments);

/// <summary>One record: the line it starts on and its fields; <see cref="Problem"/> says why it cannot be used.</summary>
internal sealed record DelimitedRecord(int Line, IReadOnlyList<string> Fields, string? Problem = null);

/// <summary>
/// Splits delimited text (CSV, TSV, Anki's and Quizlet's exports) into records, streaming. The length limit holds per
/// record, not per physical line: a quoted field may span many lines, and a record longer than the limit is reported
/// by the line it starts on and skipped.
/// </summary>
internal static class DelimitedRecords
{
    /// <summary>The most characters a record may hold.</summary>
    public const int MaxRecordLength = 1 << 20;

    public static IEnumerable<DelimitedRecord> Read(CharCursor cursor, DelimitedFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        ArgumentNullException.ThrowIfNull(format);
        var field = new StringBuilder();
        var count = 0;
        while (!cursor.AtEnd)
        {
            if (++count % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (format.Comments && cursor.AtLineStart && cursor.Peek() == '#')
            {
                SkipLine(cursor);
                continue;
            }

            var record = ReadRecord(cursor, format, field);
            if (record.Problem is not null || record.Fields.Count > 1 || record.Fields[0].Trim().Length > 0)
            {
                yield return record;
            }
        }
    }

    private static DelimitedRecord ReadRecord(CharCursor cursor, DelimitedFormat format, StringBuilder field)
    {
        var line = cursor.Line;
        var fields = new List<string>();
        var length = 0;
        string? problem = null;
        field.Clear();
        var fresh = true;
        while (true)
        {
            if (format.Quoted && fresh && cursor.Peek() == '"')
            {
                cursor.Take();
                if (!ReadQuoted(cursor, field, ref length))
                {
                    problem ??= $"a quoted field opened on line {line} is never closed";
                }
            }

            fresh = false;
            if (cursor.AtEnd)
            {
                break;
            }

            if (format.RecordSeparator is null ? cursor.TakeLineBreak() : TakeText(cursor, format.RecordSeparator))
            {
                break;
            }

            if (TakeText(cursor, format.FieldSeparator))
            {
                fields.Add(field.ToString());
                field.Clear();
                fresh = true;
                continue;
            }

            var c = cursor.Take();
            if (++length <= MaxRecordLength)
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        field.Clear();
        if (length > MaxRecordLength)
        {
            problem ??= $"the record is {length} characters long, over the limit of {MaxRecordLength}; skipped";
            fields = [];
        }

        return new DelimitedRecord(line, fields, problem);
    }

    // After the opening quote: to the closing one ("" is a quote); false when the text ends first.
    private static bool ReadQuoted(CharCursor cursor, StringBuilder field, ref int length)
    {
        while (!cursor.AtEnd)
        {
            var c = cursor.Take();
            if (c == '"')
            {
                if (cursor.Peek() != '"')
                {
                    return true;
                }

                cursor.Take();
            }

            if (++length <= MaxRecordLength)
            {
                field.Append(c);
            }
        }

        return false;
    }

    private static bool TakeText(CharCursor cursor, string text)
    {
        if (!cursor.StartsWith(text))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            cursor.Take();
        }

        return true;
    }

    private static void SkipLine(CharCursor cursor)
    {
        while (!cursor.AtEnd && !cursor.TakeLineBreak())
        {
            cursor.Take();
        }
    }
}
