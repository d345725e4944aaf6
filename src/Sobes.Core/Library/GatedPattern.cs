using System.Buffers;
using System.Text.RegularExpressions;

namespace Sobes.Core.Library;

/// <summary>
/// A pattern that can only match where one of its keywords occurs. The keywords are searched for first (one
/// vectorised pass), and the pattern runs only on a text that holds one of them, so the result is the pattern's
/// own; the keywords must be literals every match of the pattern contains.
/// </summary>
internal sealed class GatedPattern(Regex pattern, params string[] keywords)
{
    private readonly SearchValues<string> gate = SearchValues.Create(keywords, StringComparison.Ordinal);

    public bool IsMatch(ReadOnlySpan<char> text) => text.ContainsAny(gate) && pattern.IsMatch(text);
}
