using Sobes.Core.Srs;
using Spectre.Console;

namespace Sobes.Cli.Practice;

internal sealed partial class StudyScreen
{
    /// <summary>Waits for space (reveal), or u/f/q; returns null to reveal, else the outcome chosen.</summary>
    private CardOutcome? WaitForReveal()
    {
        Console.MarkupLine("[grey]press space to reveal[/]");
        while (true)
        {
            switch (keys.ReadKey())
            {
                case null: return new CardOutcome.Quit();
                case { Key: ConsoleKey.Spacebar } or { KeyChar: ' ' } or { Key: ConsoleKey.Enter }: return null;
                case var k when Command(k!.Value) is { } outcome: return outcome;
            }
        }
    }

    /// <summary>
    /// Asks for a grade; Enter takes <paramref name="suggested"/> (or skips when there is none and <paramref name="skippable"/>).
    /// <paramref name="took"/> is the time to answer; for a self-graded card (null) it runs until the grade.
    /// </summary>
    private CardOutcome Grade(Rating? suggested, string? answer, TimeSpan? took, bool skippable = false)
    {
        var next = current is null ? [] : intervals;
        string Choice(int value, string name) =>
            $"{value} {name}" + (next.Count == 4 ? $" ({Core.Srs.IntervalText.Format(next[value - 1], "en")})" : "");
        var choices = string.Join(" · ", Choice(1, "again"), Choice(2, "hard"), Choice(3, "good"), Choice(4, "easy"));
        Console.MarkupLine(suggested is { } s
            ? $"[grey]rated[/] [bold]{s}[/] [grey]— Enter to accept, or {Markup.Escape(choices)}[/]"
            : $"[grey]how well did you know it? {Markup.Escape(choices)}" + (skippable ? " · Enter to skip" : "") + "[/]");
        while (true)
        {
            var key = keys.ReadKey();
            if (key is null) { return new CardOutcome.Quit(); }
            if (key.Value.KeyChar is >= '1' and <= '4') { return new CardOutcome.Rated(new Rating(key.Value.KeyChar - '0'), answer, took ?? context.Time.GetElapsedTime(shownAt)); }
            if (key.Value.Key == ConsoleKey.Enter || key.Value.KeyChar == '\r')
            {
                if (suggested is { } r) { return new CardOutcome.Rated(r, answer, took ?? context.Time.GetElapsedTime(shownAt)); }
                if (skippable) { return new CardOutcome.Skip(); }
            }

            if (Command(key.Value) is { } outcome) { return outcome; }
        }
    }

    private static CardOutcome? Command(ConsoleKeyInfo key) => KeyLayout.Latin(key.KeyChar) switch
    {
        'u' => new CardOutcome.Undo(),
        'f' => new CardOutcome.Flag(),
        'q' => new CardOutcome.Quit(),
        _ => null,
    };

    /// <summary>Reads a typed answer; a line of just "u", "f" or "q" is that command, an empty line is "I don't know".</summary>
    private (string? Text, CardOutcome? Command) ReadAnswer(string prompt)
    {
        Console.Markup($"[bold]{Markup.Escape(prompt)}[/] ");
        var line = keys.ReadLine(Console);
        if (line is null) { return (null, new CardOutcome.Quit()); }
        var trimmed = line.Trim();
        return trimmed.Length == 1 && Command(new ConsoleKeyInfo(trimmed[0], default, false, false, false)) is { } c ? (null, c) : (trimmed, null);
    }
}
