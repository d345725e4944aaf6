using System.Text.RegularExpressions;

namespace Sobes.Core.Library;

/// <summary>
/// A pattern that can only match where one of its keywords occurs. The keywords are searched for first, and the
/// pattern runs only on a text that holds one of them, so the result is the pattern's own; the keywords must be
/// literals every match of the pattern contains.
/// </summary>
/// <remarks>
/// One vectorised ordinal search per keyword: on this library's mostly Cyrillic texts it measured several times
/// faster than the pattern's own scan and than a <see cref="System.Buffers.SearchValues{T}"/> of the keywords.
/// </remarks>
internal sealed class GatedPattern(Regex pattern, params string[] keywords)
{
    public bool IsMatch(ReadOnlySpan<char> text) => ContainsKeyword(text) && pattern.IsMatch(text);

    private bool ContainsKeyword(ReadOnlySpan<char> text)
    {
        foreach (var keyword in keywords)
        {
            if (text.Contains(keyword, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
