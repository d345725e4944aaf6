using System.Text;

namespace Sobes.Testing;

/// <summary>A short unified-style view of where two texts start to differ.</summary>
internal static class GoldenDiff
{
    private const int ContextLines = 2;
    private const int ShownLines = 8;

    public static string Describe(string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        var first = 0;
        while (first < want.Length && first < got.Length && want[first] == got[first])
        {
            first++;
        }

        var from = Math.Max(0, first - ContextLines);
        var text = new StringBuilder()
            .Append("@@ first difference at line ").Append(first + 1)
            .Append(" (golden has ").Append(want.Length).Append(" lines, actual ").Append(got.Length).Append(") @@\n");
        for (var i = from; i < first; i++)
        {
            text.Append("  ").Append(want[i]).Append('\n');
        }

        AppendLines(text, '-', want, first);
        AppendLines(text, '+', got, first);
        return text.ToString();
    }

    private static void AppendLines(StringBuilder text, char sign, string[] lines, int first)
    {
        var last = Math.Min(lines.Length, first + ShownLines);
        for (var i = first; i < last; i++)
        {
            text.Append(sign).Append(' ').Append(lines[i]).Append('\n');
        }

        if (lines.Length > last)
        {
            text.Append(sign).Append(" ... ").Append(lines.Length - last).Append(" more lines\n");
        }
    }
}
