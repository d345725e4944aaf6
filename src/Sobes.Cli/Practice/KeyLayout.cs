namespace Sobes.Cli.Practice;

/// <summary>
/// Command keys read by their place on the keyboard: with the Russian (ЙЦУКЕН) layout on, the key marked U types
/// "г", so a command key is read as the QWERTY letter on the same key. Typed answers are never mapped.
/// </summary>
internal static class KeyLayout
{
    private const string Russian = "йцукенгшщзхъфывапролджэячсмитьбюё";
    private const string Qwerty = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";

    /// <summary>The lower-case QWERTY character on the key that typed <paramref name="c"/>.</summary>
    public static char Latin(char c)
    {
        var lower = char.ToLowerInvariant(c);
        var at = Russian.IndexOf(lower, StringComparison.Ordinal);
        return at >= 0 ? Qwerty[at] : lower;
    }
}
