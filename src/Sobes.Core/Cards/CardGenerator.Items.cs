using Sobes.Core.Library;
using System.Text.RegularExpressions;

namespace Sobes.Core.Cards;

public static partial class CardGenerator
{
    /// <summary>
    /// A problem post is practised as itself when it has its statement and solution apart: the statement with the
    /// solution revealed after it (self-graded). A generated problem is added only when <see cref="ProblemLink"/>
    /// links the post to a generator.
    /// </summary>
    private static IEnumerable<CardDraft> Problems(SourceItem item, string topic, CardPayload payload)
    {
        var statement = item.Question ?? item.Body;
        if (!string.IsNullOrWhiteSpace(item.Question) && !string.IsNullOrWhiteSpace(item.Answer))
        {
            yield return new CardDraft(item.Id, CardType.Problem, GeneratorKeys.Post,
                payload with { Prompt = item.Question, Answer = item.Answer }, item.Revision, topic);
        }

        if (ProblemLink.Kind($"{item.Title}\n{item.Body}") is { } kind)
        {
            yield return new CardDraft(item.Id, CardType.Problem, GeneratorKeys.Problem + kind,
                payload with { Prompt = statement, Answer = item.Answer, ProblemKind = kind }, item.Revision, topic);
        }
    }

    /// <summary>
    /// A quiz asking whether a statement is true, with options "True"/"False" (or "Верно"/"Неверно", "Да"/"Нет") and a
    /// key an author or the learner set: whether the statement is true. Null for any other quiz.
    /// </summary>
    internal static bool? TrueOrFalse(SourceItem item)
    {
        if (item.Options.Count != 2 || item.KeyOption is not (0 or 1) || item.KeySource?.IsTrusted() != true)
        {
            return null;
        }

        var truth = item.Options.Select(o => Truth(o.Text)).ToList();
        return truth[0] is { } first && truth[1] is { } second && first != second ? truth[item.KeyOption.Value] : null;
    }

    private static bool? Truth(string option) => option.Trim().TrimEnd('.').ToLowerInvariant() switch
    {
        "true" or "верно" or "правда" or "да" or "yes" or "истина" => true,
        "false" or "неверно" or "ложь" or "нет" or "no" or "неправда" => false,
        _ => null,
    };
}

/// <summary>
/// The pairs of an item that asks to match ("Сопоставьте …", "Соотнесите …", "Match …") and answers with one pair a
/// line ("term — definition", "term: definition", "1) term - definition"). Needs three pairs or more.
/// </summary>
public static partial class OwnPairs
{
    /// <summary>The item's own pairs, or null when it does not ask to match or gives fewer than three.</summary>
    public static IReadOnlyList<TermDefinition>? Of(SourceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!Asks().IsMatch((item.Question ?? item.Title).Trim()) || string.IsNullOrWhiteSpace(item.Answer))
        {
            return null;
        }

        var pairs = new List<TermDefinition>();
        foreach (var line in item.Answer.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var m = Pair().Match(line);
            if (!m.Success)
            {
                return null;
            }

            pairs.Add(new TermDefinition(m.Groups["term"].Value.Trim(), m.Groups["def"].Value.Trim().TrimEnd('.', ';'), item.Id));
        }

        return pairs.Count >= 3 ? pairs : null;
    }

    [GeneratedRegex(@"^(?:сопоставьте|соотнесите|match)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Asks();

    [GeneratedRegex(@"^(?:[-*•]|\d{1,2}[.)]|[a-zа-я][.)])?\s*(?<term>[^:—–]{1,60}?)\s*(?:[—–:]|\s-\s|→|->)\s*(?<def>\S.*)$")]
    private static partial Regex Pair();
}
