using System.Text.RegularExpressions;

namespace Sobes.Core.Cards.Linting;

public static partial class LintRules
{
    /// <summary>Markdown or HTML left in a short text, or a prompt that opens with a list marker ("- ", "* ", "1. ").</summary>
    public static LintRule LeftoverMarkup { get; } = new("leftover-markup", LintScope.Structural,
        "Markdown or HTML markup, or a list marker, left in what the card shows",
        card => Has(Markup(), ShortTexts(card).Select(t => t.Replace(Blank, " ", StringComparison.Ordinal))) || ListStart().IsMatch(card.Payload.Prompt));

    /// <summary>Advertising, channel chrome or template text anywhere on the card.</summary>
    public static LintRule AdOrTemplate { get; } = new("ad-or-template", LintScope.Structural,
        "advertising, channel chrome (\"подписывайтесь\", \"VIEW IN TELEGRAM\") or template text (\"Lorem ipsum\", \"{{…}}\")",
        card => Has(Ad(), AllTexts(card)));

    /// <summary>
    /// A reference to something the card does not show: "см. выше", "see below", "как показано ниже", "на рисунке"; in a
    /// sentence cut out of its text (a cloze, a statement, a pair), also "такой шаг", "этот метод", "this method", "in that world".
    /// </summary>
    public static LintRule DanglingReference { get; } = new("dangling-reference", LintScope.Structural,
        "a reference to text or a picture the card does not show; in a sentence taken out of its text, a demonstrative pointing back (\"такой шаг\")",
        card => Has(Dangling(), AllTexts(card)) || (CutOut(card) && (Has(PointsBack(), ShortTexts(card)) || Has(SceneBefore(), ShortTexts(card)))));

    // Cards whose text is one sentence taken out of an item, so "this" has nothing to point to.
    private static bool CutOut(CardDraft card) =>
        card.Type is CardType.Cloze or CardType.Matching || (card.Type == CardType.TrueFalse && card.GeneratorKey != GeneratorKeys.Choice);

    /// <summary>A formula lost with its image: a text ending with ":", "по формуле:" then "где …", or holes such as ", ," and "( )".</summary>
    public static LintRule LostFormula { get; } = new("lost-formula", LintScope.Structural,
        "a formula lost with its image: text ending with \":\", a \"где …\" after a colon, or holes such as \", ,\"",
        card => AllTexts(card).Any(t => t.TrimEnd().EndsWith(':') || FormulaHole().IsMatch(t)));

    /// <summary>Text cut off: ending with "…", a comma, a dash or a function word, or with a bracket left open.</summary>
    public static LintRule CutText { get; } = new("cut-text", LintScope.Structural,
        "text cut off: ends with \"…\", a comma or a function word, or leaves a bracket open",
        card => AllTexts(card).Any(Cut));

    /// <summary>A prompt too short to ask anything (under three words; a cloze: under five around the blank), an empty answer, fewer than two options or three pairs.</summary>
    public static LintRule TooShort { get; } = new("too-short", LintScope.Structural,
        "a prompt of fewer than three words (a cloze: fewer than five around its blank), or an empty answer",
        card => (card.Type != CardType.Matching && Words(card.Payload.Prompt.Replace(Blank, " ", StringComparison.Ordinal)) < (card.Type == CardType.Cloze ? 5 : 3))
            || (card.Type is CardType.Flashcard or CardType.Cloze or CardType.TrueFalse && string.IsNullOrWhiteSpace(card.Payload.Answer))
            || (card.Type == CardType.MultipleChoice && (card.Payload.Options ?? []).Count(o => Words(o.Text) > 0) < 2)
            || (card.Type == CardType.Matching && (card.Payload.Pairs ?? []).Count < 3));

    /// <summary>A cloze whose blank has nothing to recall it from: not exactly one blank, or the blank sits in a list line or a bare fragment.</summary>
    public static LintRule EmptyRecall { get; } = new("empty-recall", LintScope.Structural,
        "a cloze without exactly one blank, or whose blank stands in a fragment with nothing to recall it from",
        card => card.Type == CardType.Cloze && (Count(card.Payload.Prompt, Blank) != 1 || BareBlank().IsMatch(card.Payload.Prompt)));

    private static bool Cut(string text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0)
        {
            return false;
        }

        if (t.EndsWith('…') || t.EndsWith("...", StringComparison.Ordinal) || t[^1] is ',' or '-' or '—' or '–' or '(' or '«')
        {
            return true;
        }

        if (t.Count(c => c == '(') > t.Count(c => c == ')') || t.Count(c => c == '«') > t.Count(c => c == '»'))
        {
            return true;
        }

        // A text that ends its sentence is whole ("how stable the model is."); one that just stops may be cut.
        if (t[^1] is '.' or '!' or '?' or ')' or '"' or '»')
        {
            return false;
        }

        var last = Regex.Match(t, @"([\p{L}]+)\P{L}*$").Groups[1].Value.ToLowerInvariant();
        return DanglingEnd.Contains(last);
    }

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    private static readonly HashSet<string> DanglingEnd = new(StringComparer.Ordinal)
    {
        "и", "в", "на", "с", "к", "по", "для", "или", "а", "но", "что", "как", "из", "от", "при", "это", "the", "a", "an", "and", "or", "of", "to",
        "in", "for", "with", "by", "is", "are", "that", "which",
    };

    [GeneratedRegex(@"\*\*|__|```|</?[a-z][a-z0-9]*[^<>]*>|\[[^\]]+\]\([^)]+\)|^#{1,6}\s|(?:^|\s)#[\p{L}_]+|\\\(|\\\[|\$\$", RegexOptions.Multiline)]
    private static partial Regex Markup();

    [GeneratedRegex(@"^\s*(?:[-*•●▪◦]|\d{1,2}[.)])\s")]
    private static partial Regex ListStart();

    [GeneratedRegex(@"подписывайтесь|подпишитесь|подписаться на (?:канал|нас)|subscribe to|(?:^|\s)#?реклама\.?\s*$|\berid\b|промокод|please open telegram|view in telegram|t\.me/|(?:^|\s)@[a-z][a-z0-9_]{3,}|lorem ipsum|\{\{|\}\}|\bTODO\b|\bTBD\b|читать (?:далее|полностью)|read more|^\s*(?:вопрос|ответ|question|answer)\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Ad();

    [GeneratedRegex(@"см\.?\s+(?:выше|ниже|рис|картинк|пост)|(?:показан[оа]?|приведен[оа]?|приведён[оа]?|представлен[оа]?|описан[оа]?)\s+(?:выше|ниже)|\b(?:выше|ниже)\s+(?:показан|приведен|приведён|описан)|на\s+(?:рисунке|картинке|схеме|скриншоте)\b|в\s+(?:предыдущ|следующ)\w*\s+(?:пост|част|вопрос)|see\s+(?:above|below|figure|the figure|image)|(?:shown|described|given|listed|mentioned)\s+(?:above|below)|in\s+the\s+(?:figure|picture|image|diagram|previous post|next post)|листайте|(?:^|\s)(?:this|the following)\s+(?:image|picture)|упоминает(?:ся|cя)|упомянут\w*\s+(?:в|выше)|в\s+(?:этом\s+)?(?:тексте|статье|отрывке)|according\s+to\s+the\s+(?:text|article|passage|author)|mentioned\s+in\s+the\s+(?:text|article|passage)", RegexOptions.IgnoreCase)]
    private static partial Regex Dangling();

    // A scene set by the sentence before: "by luck in that world", "в этом случае".
    [GeneratedRegex(@"\b(?:in|for|at)\s+(?:that|this|such\s+a)\s+(?:world|case|scenario|situation|setting|example)\b|\bв\s+(?:этом|том|таком)\s+(?:случае|мире|сценарии|примере)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SceneBefore();

    // A demonstrative among the first words, pointing at the sentence before: "____ — один такой шаг", "This method is …".
    [GeneratedRegex(@"^\s*(?:\S+\s+){0,4}?(?:такой|такая|такое|такие|такого|такую|этот|эта|эти|этого|этой|этих|этим|данный|данная|указанн\w*|вышеупомянут\w*|this|these|those|such)\s+(?!(?:же|as)\b)\p{L}+", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();

    [GeneratedRegex(@",\s*,|,\s*\.|\(\s+\)|=\s*[,.]|:\s*\n\s*(?:где|where)\s", RegexOptions.IgnoreCase)]
    private static partial Regex FormulaHole();

    // A blank in a list line ("* ____"), alone on a line, or at the end right after a list marker or colon.
    [GeneratedRegex(@"(?:^|\n)\s*(?:[-*•]\s*)?____\s*(?:$|\n)|(?:^|\n)\s*[-*•]\s*____")]
    private static partial Regex BareBlank();
}
