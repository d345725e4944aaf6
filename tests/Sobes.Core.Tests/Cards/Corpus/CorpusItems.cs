using System.Globalization;
using System.Runtime.CompilerServices;
using Sobes.Core.Cards;
using Sobes.Core.Library;

namespace Sobes.Core.Tests.Cards.Corpus;

/// <summary>
/// Reads the reviewed corpus: items-*.txt in this folder, blocks of "### id kind language topics [key=option/source]"
/// followed by "T:", "Q:", "A:", "B:" and "O:" fields. A malformed block throws, naming its file and line.
/// </summary>
internal static class CorpusItems
{
    public static string Folder([CallerFilePath] string sourceFile = "")
    {
        var source = Path.GetDirectoryName(sourceFile);
        if (source is not null && File.Exists(Path.Combine(source, "judgements.jsonl")))
        {
            return source;
        }

        return Path.Combine(AppContext.BaseDirectory, "Cards", "Corpus");
    }

    public static IReadOnlyList<SourceItem> Load() =>
        Directory.GetFiles(Folder(), "items-*.txt").Order(StringComparer.Ordinal).SelectMany(Parse).OrderBy(i => i.Id).ToList();

    private static IEnumerable<SourceItem> Parse(string path)
    {
        var lines = File.ReadAllLines(path);
        Block? block = null;
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                if (block is not null)
                {
                    yield return block.Build();
                }

                block = new Block(path, n + 1, line[4..]);
            }
            else if (block is not null)
            {
                block.Add(line);
            }
            else if (line.Length > 0 && !line.StartsWith('#'))
            {
                throw new FormatException($"{Path.GetFileName(path)}:{n + 1}: text before the first block");
            }
        }

        if (block is not null)
        {
            yield return block.Build();
        }
    }

    private sealed class Block
    {
        private readonly string file;
        private readonly int line;
        private readonly string[] header;
        private readonly Dictionary<char, List<string>> fields = [];
        private readonly List<ChoiceOption> options = [];
        private char? current;

        public Block(string path, int line, string header)
        {
            (file, this.line, this.header) = (Path.GetFileName(path), line, header.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (this.header.Length < 4)
            {
                throw Error("the header needs id, kind, language and topics");
            }
        }

        public void Add(string text)
        {
            if (text.Length >= 2 && text[1] == ':' && "TQABO".Contains(text[0], StringComparison.Ordinal))
            {
                current = text[0];
                var value = text[2..].Trim();
                if (current == 'O')
                {
                    var parts = value.Split('|', StringSplitOptions.TrimEntries);
                    options.Add(new ChoiceOption(parts[0], parts.Length > 1 ? double.Parse(parts[1], CultureInfo.InvariantCulture) : null));
                    return;
                }

                fields[current.Value] = [value];
            }
            else if (current is { } c && c != 'O')
            {
                fields[c].Add(text);
            }
        }

        public SourceItem Build()
        {
            string? Field(char c) => fields.TryGetValue(c, out var v) ? string.Join("\n", v).Trim() : null;
            int? keyOption = null;
            KeySource? keySource = null;
            if (header.Length > 4 && header[4].StartsWith("key=", StringComparison.Ordinal))
            {
                var key = header[4][4..].Split('/');
                (keyOption, keySource) = (int.Parse(key[0], CultureInfo.InvariantCulture), KeySources.Parse(key[1]));
            }

            var question = Field('Q');
            var title = Field('T') ?? question ?? throw Error("a block needs T: or Q:");
            var body = Field('B') ?? string.Join("\n", new[] { question, Field('A') }.OfType<string>());
            return new SourceItem
            {
                Id = long.Parse(header[0], CultureInfo.InvariantCulture), Kind = header[1], Language = header[2], Topics = header[3].Split(','),
                Title = title, Question = question, Answer = Field('A'), Body = body, Options = options, KeyOption = keyOption, KeySource = keySource,
            };
        }

        private FormatException Error(string message) => new($"{file}:{line}: {message}");
    }
}
