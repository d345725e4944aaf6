using System.Buffers;
using System.Text.RegularExpressions;
using Sobes.Core.Posts;
using Sobes.Core.Text;

namespace Sobes.Core.Library;

/// <summary>Decides an item's kind from its cleaned text, recording the rule that decided.</summary>
public static partial class Classifier
{
    private const int StackChars = 512;

    // A scenario sets its scene in the opening sentences: "У вас есть данные о звонках… Как вы проверите…?"
    private const int ScenarioWindow = 400;

    // Each gate lists literals that every match of its pattern contains (see the patterns below).
    private static readonly GatedPattern PriceGated = new(Price(), "₽", "$", "€", "руб", "usd", "eur");
    private static readonly GatedPattern SponsoredGated = new(Sponsored(), "реклам", "erid", "sponsored", "рский пост");
    private static readonly GatedPattern DiscountGated = new(Discount(), "скидк", "discount", "промокод", "promo", "процентн", "%");
    private static readonly GatedPattern CallToActionGated = new(CallToAction(),
        "забронир", "записаться", "запишитесь", "регистрир", "подписаться", "подпишись", "купить", "оплат", "успей", "осталось ",
        "sign up", "enroll", "buy now", "register now", "subscribe", "book ");
    private static readonly GatedPattern OfferGated = new(Offer(), "курс", "course", "вебинар", "webinar", "интенсив", "рассылк", "newsletter", "bootcamp", "буткемп");
    private static readonly GatedPattern CaseMarkersGated = new(CaseMarkers(),
        "описание процесса", "тестовое задание", "take-home", "take home assignment", "критерии успешности", "требуется ", "кейс");
    private static readonly GatedPattern ComputeRequestGated = new(ComputeRequest(),
        "каков", "найдите", "вычислите", "посчитайте", "рассчитайте", "определите вероятност", "чему равн", "what is the probability", "calculate", "compute the", "find the ");
    private static readonly GatedPattern TeaserGated = new(Teaser(),
        "читать", "стать", "руководств", "репозитори", "книг", "подборк", "материал", "ссылк", "read more", "article", "repository", "guide", "cheat", "шпаргалк", "конспект",
        "учебный план", "список", "расскажу", "в этом посте", "this list");
    private static readonly GatedPattern LaunchGated = new(Launch(), "старт", "набор", "мест", "ждём вас", "ждем вас", "расскаж", "покаж", "разбер", "enrollment", "starts on", "we will", "we'll");
    private static readonly GatedPattern ScenarioGated = new(Scenario(), "у вас", "вы ", "представьте", "допустим", "предположим", "imagine", "you ", "your ", "suppose");

    /// <summary>The kind and the rule's name.</summary>
    /// <remarks><paramref name="questionLost"/> is true when the text opens with an answer ("Да, …", "Not necessarily.") whose question the copy lost.</remarks>
    public static (ItemKind Kind, string Rule) Classify(RawPost post, string text, string? title, bool titleAsks, string? answer, bool questionLost = false)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (post.Poll is not null)
        {
            return (ItemKind.Quiz, "poll");
        }

        if (post.KindHint != PostKindHint.None)
        {
            return (FromHint(post.KindHint), "format:" + post.KindHint.ToString().ToLowerInvariant());
        }

        ArgumentNullException.ThrowIfNull(text);

        // The patterns read the lower-cased text from a buffer of this call's own.
        var rented = text.Length > StackChars ? ArrayPool<char>.Shared.Rent(text.Length) : null;
        var lower = (rented ?? stackalloc char[StackChars])[..text.Length];
        InvariantCase.ToLower(text, lower);
        var result = ClassifyText(post, text, lower, title, titleAsks, answer, questionLost);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    private static (ItemKind Kind, string Rule) ClassifyText(RawPost post, string text, ReadOnlySpan<char> lower, string? title, bool titleAsks, string? answer, bool questionLost)
    {
        // A question-shaped title protects a post with two weak signals, unless one of them is the offer of a course:
        // "Хотите разобраться в трансформерах?" over a course's launch is a promotion, not a question.
        var ad = AdScore(lower, post.Links.Count > 0 && !titleAsks);
        if (ad.Score >= 3 || (ad.Score >= 2 && (!titleAsks || ad.Offer)))
        {
            return (ItemKind.Ad, "ad:" + ad.Signals);
        }

        if (CaseMarkersGated.IsMatch(lower))
        {
            return (ItemKind.Case, "case:take-home");
        }

        if (titleAsks && ScenarioGated.IsMatch(lower[..Math.Min(lower.Length, ScenarioWindow)]))
        {
            return (ItemKind.Case, "case:scenario");
        }

        if (title is not null && TitleSplitter.IsTaskHeader(title))
        {
            return (ItemKind.Problem, "problem:task-header");
        }

        if (ComputeRequestGated.IsMatch(lower) && Digits().Count(text) >= 2)
        {
            return (ItemKind.Problem, "problem:compute-request");
        }

        if (questionLost)
        {
            return (ItemKind.Note, "note:question-lost");
        }

        if (titleAsks)
        {
            return answer is { Length: > 0 } ? (ItemKind.Question, "question:title-asks") : (ItemKind.Question, "question:unanswered");
        }

        var prose = ProseLength(text, post.Links);
        if (post.Media.Any(m => m.StartsWith("file:", StringComparison.Ordinal)) && prose < 600)
        {
            return (ItemKind.Resource, "resource:file");
        }

        if (post.Links.Count > 0 && prose < 400)
        {
            return (ItemKind.Resource, "resource:link");
        }

        if (TeaserGated.IsMatch(lower) && prose < 700)
        {
            return (ItemKind.Resource, "resource:teaser");
        }

        return prose >= 200 ? (ItemKind.Note, "note:explainer") : (ItemKind.Resource, "resource:short");
    }

    private static ItemKind FromHint(PostKindHint hint) => hint switch
    {
        PostKindHint.Question => ItemKind.Question,
        PostKindHint.Note => ItemKind.Note,
        PostKindHint.Quiz => ItemKind.Quiz,
        PostKindHint.Problem => ItemKind.Problem,
        PostKindHint.Case => ItemKind.Case,
        PostKindHint.Resource => ItemKind.Resource,
        PostKindHint.Ad => ItemKind.Ad,
        _ => ItemKind.Note,
    };

    private static int ProseLength(string text, IReadOnlyList<string> links)
    {
        var n = text.Length;
        foreach (var link in links)
        {
            if (text.Contains(link, StringComparison.Ordinal))
            {
                n -= link.Length;
            }
        }

        return n;
    }

    private static (int Score, string Signals, bool Offer) AdScore(ReadOnlySpan<char> lower, bool hasLinks)
    {
        var score = 0;
        var signals = new List<string>(4);
        if (PriceGated.IsMatch(lower))
        {
            score += 2;
            signals.Add("price");
        }

        if (SponsoredGated.IsMatch(lower))
        {
            score += 2;
            signals.Add("sponsored");
        }

        if (DiscountGated.IsMatch(lower))
        {
            score++;
            signals.Add("discount");
        }

        if (CallToActionGated.IsMatch(lower))
        {
            score++;
            signals.Add("call-to-action");
        }

        var offer = OfferGated.IsMatch(lower);
        if (offer)
        {
            score++;
            signals.Add("offer");

            // A course's start, what it will cover, or its link under a post that asks nothing is what an offer leads to;
            // without an offer none of them means anything.
            if (LaunchGated.IsMatch(lower))
            {
                score++;
                signals.Add("launch");
            }
            else if (hasLinks)
            {
                score++;
                signals.Add("link");
            }
        }

        return (score, string.Join('+', signals), offer);
    }

    [GeneratedRegex(@"\d[\d\s.,]*\s?(?:₽|руб\b|рублей|\$|€|usd\b|eur\b)|(?:₽|\$|€)\s?\d")]
    private static partial Regex Price();

    [GeneratedRegex(@"#реклама|\bреклама\b|\berid\b|\bsponsored\b|\bпартн[её]рский пост|\bна правах рекламы")]
    private static partial Regex Sponsored();

    [GeneratedRegex(@"скидк|discount|промокод|promo ?code|\d+\s?-?\s?процентн|-\d+\s?%")]
    private static partial Regex Discount();

    [GeneratedRegex(@"забронир|записаться|запишитесь|регистрируй|зарегистрир|подписаться|подпишись|купить|оплат|успей|осталось (?:всего )?\d+ мест|sign up|enroll|buy now|register now|subscribe|book (?:a|your) (?:seat|place)")]
    private static partial Regex CallToAction();

    [GeneratedRegex(@"\bкурс\w*|\bcourse\b|вебинар|webinar|интенсив|рассылк|newsletter|bootcamp|буткемп")]
    private static partial Regex Offer();

    [GeneratedRegex(@"описание процесса|тестовое задание|take-home|take home assignment|критерии успешности|требуется предсказать|требуется построить модель|\bкейс\b.*\bданн")]
    private static partial Regex CaseMarkers();

    [GeneratedRegex(@"\bкаков[аы]? вероятност|\bнайдите\b|\bвычислите\b|\bпосчитайте\b|\bрассчитайте\b|\bопределите вероятност|\bчему равн|\bwhat is the probability\b|\bcalculate\b|\bcompute the\b|\bfind the (?:probability|expected|value)")]
    private static partial Regex ComputeRequest();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\bстартует\b|\bстартовал|\bстарт (?:курса|потока|\d)|\bнабор (?:на|открыт)|открыт набор|мест[ао]? ограничен|ждём вас|ждем вас|\bрасскажем\b|\bпокажем\b|\bразбер[её]м\b|enrollment (?:is )?open|starts on|\bwe(?: wi|')ll (?:show|cover|teach)")]
    private static partial Regex Launch();

    // A scene set for the reader ("У вас есть…", "Вы составляете…", "Imagine you…") and an open request about what they would do.
    [GeneratedRegex(@"^\W*(?:у вас есть|вы (?:составляете|работаете|разрабатываете|заметили|отмечаете|анализируете|строите|запускаете)|представьте,? что|допустим,? (?:вы|у вас|что)|предположим,? (?:вы|у вас|что)|imagine (?:you|that)|you are (?:given|working|building|analy[sz]ing|running)|you have (?:a|an|data)|suppose (?:you|that)|your (?:team|company|manager))[\s\S]*?(?:как вы|что вы (?:будете|сделаете)|какие шаги|создайте план|предложите|опишите план|how (?:would|will|do) you|what would you|what steps|design an?\b|propose)")]
    private static partial Regex Scenario();

    [GeneratedRegex(@"читать|статья|статье|статью|руководств|репозитори|книг[аеу]|подборк|материал|ссылк|read more|article|repository|guide|cheat ?sheet|шпаргалк|конспект|учебный план|(?:этот|такой) список|\bрасскажу\b|в этом посте|this list")]
    private static partial Regex Teaser();
}
