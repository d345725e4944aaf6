using System.Globalization;
using System.Text;
using Sobes.Core.Posts;

namespace Sobes.Import.PlainText;

/// <summary>Parses a reactions line such as "👍3", "❤1👍1" or "🔥 1.2K".</summary>
internal static class ReactionLine
{
    public static bool TryParse(string line, out IReadOnlyList<Reaction> reactions)
    {
        reactions = [];
        if (line.Length is < 2 or > 80)
        {
            return false;
        }

        var found = new List<Reaction>();
        var index = 0;
        while (index < line.Length)
        {
            var emojiStart = index;
            while (index < line.Length && Rune.DecodeFromUtf16(line.AsSpan(index), out var rune, out var consumed) == System.Buffers.OperationStatus.Done
                   && (Emoji.IsDecoration(rune) || (rune.Value > 0x7F && !Rune.IsLetterOrDigit(rune) && !Rune.IsWhiteSpace(rune))))
            {
                index += consumed;
            }

            var emoji = line[emojiStart..index];
            while (index < line.Length && line[index] == ' ')
            {
                index++;
            }

            var countStart = index;
            while (index < line.Length && (char.IsAsciiDigit(line[index]) || (index > countStart && line[index] is '.' or ',')))
            {
                index++;
            }

            if (emoji.Length == 0 || index == countStart)
            {
                return false;
            }

            var multiplier = 1.0;
            var number = line[countStart..index];
            if (index < line.Length && line[index] is 'K' or 'k' or 'M' or 'm')
            {
                multiplier = line[index] is 'K' or 'k' ? 1_000 : 1_000_000;
                index++;
            }

            if (!double.TryParse(number.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            found.Add(new Reaction(emoji, (int)Math.Round(value * multiplier)));
            while (index < line.Length && line[index] == ' ')
            {
                index++;
            }
        }

        reactions = found;
        return found.Count > 0;
    }
}
