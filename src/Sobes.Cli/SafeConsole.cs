using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Sobes.Cli;

/// <summary>
/// The console every command writes through: text that came from files and the database (a channel title, an item)
/// reaches the terminal without control characters, so it cannot move the cursor, clear the screen, retitle the
/// window or hide text. Spectre's own control codes (progress bars, colours) pass, as they are not text.
/// </summary>
internal sealed class SafeConsole(IAnsiConsole inner) : IAnsiConsole
{
    public Profile Profile => inner.Profile;

    public IAnsiConsoleCursor Cursor => inner.Cursor;

    public IAnsiConsoleInput Input => inner.Input;

    public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;

    public RenderPipeline Pipeline => inner.Pipeline;

    public void Clear(bool home) => inner.Clear(home);

    public void Write(IRenderable renderable) => inner.Write(new SafeRenderable(renderable));

    /// <summary>Spectre's own escape sequences (cursor, colours), not text: passed on.</summary>
    public void WriteAnsi(Action<AnsiWriter> action) => inner.WriteAnsi(action);

    /// <summary>Whether <paramref name="c"/> must not reach a terminal as text: C0 and C1 controls (but line breaks and tabs), DEL, and bidi overrides.</summary>
    public static bool IsUnsafe(char c) =>
        (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    public static string Clean(string text)
    {
        if (!text.AsSpan().ContainsAny(UnsafeChars))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsUnsafe(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> UnsafeChars = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(IsUnsafe), .. "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"]);

    private sealed class SafeRenderable(IRenderable inner) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
            inner.Render(options, maxWidth).Select(s => s.IsControlCode || s.IsLineBreak ? s : new Segment(Clean(s.Text), s.Style));
    }
}
