using Spectre.Console;

namespace Sobes.Cli.Practice;

/// <summary>
/// Where the practice screens read keys from: the terminal's keys, or — when input is piped, as in the
/// crash-safety test and scripts — characters of a text stream. Null means the input ended.
/// </summary>
internal interface IKeyInput
{
    ConsoleKeyInfo? ReadKey();
}

/// <summary>Keys of an interactive Spectre console (a terminal, or a TestConsole with pushed keys).</summary>
internal sealed class ConsoleKeyInput(IAnsiConsole console) : IKeyInput
{
    public ConsoleKeyInfo? ReadKey() => console.Input.ReadKey(intercept: true);
}

/// <summary>Characters of a text stream read as keys; a line break is Enter.</summary>
internal sealed class TextKeyInput(TextReader reader) : IKeyInput
{
    public ConsoleKeyInfo? ReadKey()
    {
        var c = reader.Read();
        while (c == '\r')
        {
            c = reader.Read();
        }

        return c switch
        {
            < 0 => null,
            '\n' => new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false),
            ' ' => new ConsoleKeyInfo(' ', ConsoleKey.Spacebar, false, false, false),
            _ => new ConsoleKeyInfo((char)c, default, false, false, false),
        };
    }
}

internal static class KeyInputs
{
    /// <summary>The console's keys when it is interactive and reads a terminal, else the text input.</summary>
    public static IKeyInput For(CliContext context)
    {
        var realConsoleWithPipedInput = ReferenceEquals(context.Console, AnsiConsole.Console) && Console.IsInputRedirected;
        return context.Console.Profile.Capabilities.Interactive && !realConsoleWithPipedInput
            ? new ConsoleKeyInput(context.Console)
            : new TextKeyInput(context.Input);
    }

    /// <summary>Reads a line typed key by key, echoing it; null when the input ended.</summary>
    public static string? ReadLine(this IKeyInput input, IAnsiConsole console)
    {
        var text = new System.Text.StringBuilder();
        while (true)
        {
            if (input.ReadKey() is not { } key)
            {
                return text.Length > 0 ? text.ToString() : null;
            }

            if (key.Key == ConsoleKey.Enter || key.KeyChar is '\r' or '\n')
            {
                console.WriteLine();
                return text.ToString();
            }

            if (key.Key == ConsoleKey.Backspace && text.Length > 0)
            {
                text.Length--;
                console.Write("\b \b");
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
                console.Write(key.KeyChar.ToString());
            }
        }
    }
}
