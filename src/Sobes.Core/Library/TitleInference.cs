using System.Text.RegularExpressions;

namespace Sobes.Core.Library;

/// <summary>
/// A title for an item whose post did not give one (its question was lost, or it is a bare link): the term the text
/// defines ("Пропуски — это …", "Под X понимают …", "X refers to …"), else the ML term it mentions most, else what the
/// link's address names. Never the answer's opening words ("Да, …", "Не обязательно. …").
/// </summary>
internal static partial class TitleInference
{
    private const int MaxTermWords = 6;

    /// <summary>The inferred title of a text whose question was lost; null when it names nothing this can find.</summary>
    public static string? ForAnswer(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var clean = TitleSplitter.CleanHeader(line);
            foreach (var sentence in SentenceStart().Split(clean))
            {
                if (DefinedTerm(sentence.Trim()) is { } term)
                {
                    return Capitalised(term);
                }
            }
        }

        return TopicTagger.MainPhrase(text) is { } phrase ? Capitalised(phrase) : null;
    }

    /// <summary>True when a title is nothing but a web address.</summary>
    public static bool IsBareUrl(string title) => BareUrl().IsMatch(title.Trim());

    /// <summary>What a link is about, from its address: "5 resume (incrussia.ru)" for "https://incrussia.ru/news/5-resume/".</summary>
    public static string ForLink(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return url;
        }

        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        var segment = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(s => s.Any(char.IsLetter));
        if (segment is null)
        {
            return host;
        }

        var words = SlugSeparators().Replace(Path.GetFileNameWithoutExtension(Uri.UnescapeDataString(segment)), " ").Trim();
        return words.Length == 0 ? host : $"{Capitalised(words)} ({host})";
    }

    private static string? DefinedTerm(string sentence)
    {
        var match = Definition().Match(sentence);
        if (!match.Success)
        {
            return null;
        }

        var term = match.Groups["term"].Value.Trim().Trim('«', '»', '"', '“', '”');
        return term.Length >= 2 && term.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxTermWords && term.Any(char.IsLetter) ? term : null;
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex(@"^(?:(?<term>[\p{L}\p{N}«""][^.!?:;,]{0,60}?)\s+[—–-]\s+(?:это|this is)\b|под\s+(?<term>[^.!?:;,]{2,60}?)\s+(?:понимают|подразумевают)\b|(?<term>[\p{L}\p{N}][^.!?:;,]{0,60}?)\s+(?:refers to|is defined as|stands for)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Definition();

    [GeneratedRegex(@"(?<=[.!?…])\s+")]
    private static partial Regex SentenceStart();

    [GeneratedRegex(@"^https?://\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"[-_+.]+")]
    private static partial Regex SlugSeparators();
}
