using Sobes.Core.Posts;

namespace Sobes.Import.Text;

/// <summary>
/// The one cap on a record's length every reader applies (<see cref="SourceInfo.MaxRecordLength"/>): a line of a text
/// file, a message of a JSON export, a post of an HTML page; and the one way a record over it is reported.
/// </summary>
internal static class RecordLimit
{
    /// <summary>Whether a record of <paramref name="length"/> characters is over the source's cap.</summary>
    public static bool IsOverlong(SourceInfo source, long length) => length > source.MaxRecordLength;

    /// <summary>
    /// Whether <paramref name="post"/>'s text is within the source's cap; a post over it is reported to
    /// <paramref name="diagnostics"/> (as <see cref="LeftOut"/>) for the reader to leave out.
    /// </summary>
    public static bool Admits(SourceInfo source, RawPost post, ICollection<Diagnostic> diagnostics)
    {
        if (!IsOverlong(source, post.Text.Length))
        {
            return true;
        }

        diagnostics.Add(LeftOut(source, post.Line, post.Locator, $"{post.Text.Length} characters long"));
        return false;
    }

    /// <summary>
    /// The warning for a record over the cap, left out while the rest of the file is read and imported (an error would
    /// fail the whole file); <paramref name="place"/> names it ("message 12").
    /// </summary>
    public static Diagnostic LeftOut(SourceInfo source, int line, string place, string size) =>
        Diagnostic.Warning(source.Path, line, 0,
            $"{place}{(line > 0 ? $" (line {line})" : "")} is {size}; a record may have at most {source.MaxRecordLength} characters, so it was left out");
}
