using System.Text.RegularExpressions;

namespace Sobes.Core.Cards.Terms;

/// <summary>A sentence of an item that defines a term, as cards use it.</summary>
/// <param name="Term">The term, as written (leading article dropped).</param>
/// <param name="Definition">What the sentence says it is, without the linking "— это" / "is"; an English one keeps its article.</param>
/// <param name="Lead">The sentence up to the definition: "Градиент — это ", "The learning rate is ".</param>
/// <param name="Sentence">The whole sentence, cleaned of list markers and emphasis.</param>
public sealed record DefinedTerm(string Term, string Definition, string Lead, string Sentence)
{
    /// <summary>The term said to be <paramref name="definition"/> in its own sentence's words: "Градиент — это …", "The learning rate is a …".</summary>
    public string Statement(string definition) => $"{Lead}{definition}.";
}

/// <summary>
/// Finds the terms an item is about: the term its title asks about ("Что такое X?", "What is X?") and the terms its
/// text defines, one sentence each ("X — это …", "X — …", "X is a …", a glossary line "- **X**: …"). Every term passes
/// <see cref="TermRules"/>; a definition is a clause of at least four words that does not end mid-thought (":").
/// </summary>
public static partial class TermFinder
{
    /// <summary>The shortest definition, in words.</summary>
    public const int MinDefinitionWords = 4;

    /// <summary>The longest definition, in words (a longer one is an essay, not a definition).</summary>
    public const int MaxDefinitionWords = 40;

    /// <summary>The terms <paramref name="text"/> defines, in order, each once.</summary>
    public static IReadOnlyList<DefinedTerm> Definitions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DefinedTerm>();
        foreach (var raw in Sentences.Split(text))
        {
            var sentence = CleanSentence(raw);
            var m = DefinitionPattern().Match(sentence);
            if (!m.Success)
            {
                if (GlossaryLine(raw, sentence, found) is { } entry)
                {
                    found.Add(entry);
                }

                continue;
            }

            var term = Article().Replace(m.Groups["term"].Value.Trim(), "");
            var definition = m.Groups["def"].Value.Trim().TrimEnd('.', ' ');
            var words = definition.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (!TermRules.IsTerm(term) || words is < MinDefinitionWords or > MaxDefinitionWords || definition.EndsWith(':')
                || !char.IsLower(definition[0]) || found.Any(f => Same(f.Term, term)) || ContainsWord(definition, term)
                || SecondLink().IsMatch(definition) || Comparative().IsMatch(definition) || Relative().IsMatch(definition) || (m.Groups["link"].Length == 0 && !m.Value.Contains("это", StringComparison.Ordinal) && !BareDashTerm(term, definition)))
            {
                continue;
            }

            found.Add(new DefinedTerm(term, definition, sentence[..m.Groups["def"].Index], sentence));
        }

        return found;
    }

    // A glossary line of a list: "- **RNN**: processes tokens one by one …", "**Precision** — the share of …".
    private static DefinedTerm? GlossaryLine(string raw, string sentence, List<DefinedTerm> found)
    {
        var g = BoldGlossary().Match(raw.Trim());
        if (!g.Success)
        {
            return null;
        }

        var term = g.Groups["term"].Value.Trim();
        var definition = g.Groups["def"].Value.Replace("**", "", StringComparison.Ordinal).Trim().TrimEnd('.', ' ');
        var at = sentence.LastIndexOf(definition, StringComparison.Ordinal);
        var words = definition.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return at < 0 || !TermRules.IsTerm(term) || words is < MinDefinitionWords or > MaxDefinitionWords || definition.EndsWith(':')
            || found.Any(f => Same(f.Term, term)) || ContainsWord(definition, term) || SecondLink().IsMatch(definition) || Relative().IsMatch(definition)
            ? null
            : new DefinedTerm(term, definition, sentence[..at], sentence);
    }

    /// <summary>The term a title or question asks about ("Что такое X?", "What is an X?"), or null.</summary>
    public static string? TitleTerm(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var m = TitlePattern().Match(title.Trim());
        if (!m.Success)
        {
            return null;
        }

        var term = Article().Replace(m.Groups["term"].Value.Trim().TrimEnd('?', '.', ' '), "");
        return TermRules.IsTerm(term) ? term : null;
    }

    /// <summary>Whether <paramref name="term"/> occurs in <paramref name="text"/> as whole words (case ignored).</summary>
    public static bool ContainsWord(string text, string term) => WordAt(text, term, 0) >= 0;

    /// <summary>How many times <paramref name="term"/> occurs in <paramref name="text"/> as whole words (case ignored).</summary>
    public static int CountWord(string text, string term)
    {
        var count = 0;
        for (var at = WordAt(text, term, 0); at >= 0; at = WordAt(text, term, at + term.Length))
        {
            count++;
        }

        return count;
    }

    /// <summary>Where <paramref name="term"/> next occurs as whole words from <paramref name="from"/>, or −1.</summary>
    public static int WordAt(string text, string term, int from)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(term);
        if (term.Length == 0)
        {
            return -1;
        }

        for (var at = text.IndexOf(term, from, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + term.Length;
            if ((at == 0 || !IsWordChar(text[at - 1])) && (end == text.Length || !IsWordChar(text[end])))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>Whether two spellings name the same term (case and ё/е ignored).</summary>
    public static bool Same(string a, string b) => string.Equals(Key(a), Key(b), StringComparison.Ordinal);

    /// <summary>A normalised form of a term, for generator keys.</summary>
    public static string Key(string term) => (term ?? "").Trim().ToLowerInvariant().Replace('ё', 'е');

    /// <summary>A sentence without a list marker in front and without Markdown emphasis.</summary>
    public static string CleanSentence(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var t = ListMarker().Replace(sentence.Trim(), "");
        return t.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal).Trim();
    }

    // "X — …" without "это" defines only when X is short and what follows is a noun phrase, not a clause: it opens
    // with no conjunction or preposition ("где …", "при разметке …") and has no verb among its first words
    // ("статистики теста протекают в обучение").
    private static bool BareDashTerm(string term, string definition) =>
        term.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3
        && !Regex.IsMatch(definition, @"^(?:где|когда|если|то|так|там|это|как|что|чтобы|потому|поэтому|значит|в|на|с|и|а|но|при|по|для|из|от|у|за|под|над|о|об|про|к|до|без|через)\b")
        && !definition.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3).Any(w => PresentVerb().IsMatch(w));

    [GeneratedRegex(@"^\p{L}{3,}(?:ют|ят|ает|яет|ует|ёт|ится|ется|ются|ятся)[,.]?$")]
    private static partial Regex PresentVerb();

    // A hyphen joins words ("k-fold"), so a term never ends or starts next to one.
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_';

    // "X — это …", "X — …" (the dash spaced), "X is a/an/the …".
    [GeneratedRegex(@"^(?<term>[^\s—–][^—–:;]{0,59}?)\s+(?:[—–]\s*(?:это\s+)?|-\s+это\s+|(?<link>is|are)\s+(?=(?:a|an|the)\s))(?<def>.+)$")]
    private static partial Regex DefinitionPattern();

    [GeneratedRegex(@"^(?:что\s+такое|что\s+означает|что\s+называют|что\s+представляет\s+собой|зачем\s+нужн[аоыя]?|для\s+чего\s+нуж(?:ен|на|но|ны)|как\s+работает|what\s+(?:is|are)|what\s+does|define|explain|how\s+does)\s+(?<term>[^?]+?)(?:\s+(?:mean|work))?\s*\??$", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"^(?:[-*•]\s+|\d{1,2}[.)]\s+)?\*\*(?<term>[^*\n]{2,60})\*\*\s*(?::|[—–-])\s*(?<def>\S.+)$")]
    private static partial Regex BoldGlossary();

    // A second definition run on after a comma: "…, variance is the error …", "…, а разброс — это …".
    [GeneratedRegex(@"\s(?:is|are)\s+(?:a|an|the)\s|\sэто\s|\s[—–]\s")]
    private static partial Regex SecondLink();

    [GeneratedRegex(@"^(?:a|an|the)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    // A definition relative to the sentence before defines nothing on its own: "CBOW — это наоборот, когда …".
    [GeneratedRegex(@"^(?:наоборот|тоже|также|так же|то же|аналогично|аналогичн\w+|обратн\w+|similarly|conversely|likewise|the opposite|the same)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    // A comparison is not a definition: "a steadier estimate than a single split", "более точная оценка, чем …".
    [GeneratedRegex(@"^(?:(?:a|an|the)\s+)?(?:\w+er|more|less|better|worse|более|менее|лучше|хуже)\b.*\b(?:than|чем)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Comparative();

    [GeneratedRegex(@"^(?:[-*•●▪️◦–]+|\d{1,2}[.)]|[🟣🔹🔸✅❗️👉➡️]+)\s*")]
    private static partial Regex ListMarker();
}
