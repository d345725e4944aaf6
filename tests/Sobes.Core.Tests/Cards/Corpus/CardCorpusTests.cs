using Sobes.Core.Cards;
using Xunit.Abstractions;

namespace Sobes.Core.Tests.Cards.Corpus;

/// <summary>
/// Every card generated from the reviewed corpus has a reviewer's verdict, none judged bad comes back, and none judged
/// good disappears. To review: run these tests with SOBES_CORPUS_REVIEW=1, which adds each unjudged or changed card
/// to judgements.jsonl with "usable": null; judge each (true or false, with a reason) and run them again.
/// </summary>
public sealed class CardCorpusTests(ITestOutputHelper output)
{
    private const string HowToReview =
        "Run `SOBES_CORPUS_REVIEW=1 dotnet test tests/Sobes.Core.Tests --filter CardCorpus` to add the cards to tests/Sobes.Core.Tests/Cards/Corpus/judgements.jsonl with \"usable\": null, then set each to true or false with a reason.";

    private static readonly IReadOnlyList<SourceItem> Items = CorpusItems.Load();

    private static readonly IReadOnlyList<CardDraft> Cards = CardGenerator.Generate(Items, glossary: CardGenerator.TopicGlossary);

    [Fact]
    public void The_corpus_holds_at_least_150_items_in_both_languages()
    {
        Assert.True(Items.Count >= 150, $"{Items.Count} items");
        Assert.Contains(Items, i => i.Language == "en");
        Assert.Contains(Items, i => i.Language == "ru");
        Assert.Equal(Items.Count, Items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void Every_generated_card_has_a_judgement_of_its_current_text()
    {
        var judgements = JudgementFile.Load();
        var unjudged = Cards.Where(c => !judgements.TryGetValue(Judgement.KeyOf(c), out var j) || !j.Judges(c)).ToList();
        if (unjudged.Count > 0 && Environment.GetEnvironmentVariable("SOBES_CORPUS_REVIEW") == "1")
        {
            foreach (var card in unjudged)
            {
                judgements[Judgement.KeyOf(card)] = Judgement.Pending(card);
            }

            JudgementFile.Save(judgements.Values);
        }

        Assert.True(unjudged.Count == 0, $"{unjudged.Count} cards have no judgement of their text, e.g. {string.Join("; ", unjudged.Take(5).Select(Judgement.KeyOf))}. {HowToReview}");
        var pending = Cards.Select(c => judgements[Judgement.KeyOf(c)]).Where(j => j.Usable is null).ToList();
        Assert.True(pending.Count == 0, $"{pending.Count} cards await review (\"usable\": null), e.g. {string.Join("; ", pending.Take(5).Select(j => j.Card))}.");
    }

    [Fact]
    public void No_card_judged_bad_is_generated()
    {
        var judgements = JudgementFile.Load();
        var bad = Cards.Where(c => judgements.TryGetValue(Judgement.KeyOf(c), out var j) && j.Judges(c) && j.Usable == false).ToList();

        Assert.True(bad.Count == 0, "Generated again though judged bad: " + string.Join("; ", bad.Select(c => $"{Judgement.KeyOf(c)} ({judgements[Judgement.KeyOf(c)].Reason})")));
    }

    [Fact]
    public void Every_card_judged_good_is_still_generated()
    {
        var generated = Cards.Select(Judgement.KeyOf).ToHashSet(StringComparer.Ordinal);
        var lost = JudgementFile.Load().Values.Where(j => j.Usable == true && !generated.Contains(j.Card)).ToList();

        Assert.True(lost.Count == 0, "Judged good but no longer generated (if generation now makes a better card instead, judge that one and remove these lines): "
            + string.Join("; ", lost.Select(j => j.Card)));
    }

    [Fact]
    public void Answered_items_get_at_least_one_and_a_half_cards_each()
    {
        var answered = Items.Where(i => i.IsAnswered).ToList();
        var cards = Cards.Count(c => answered.Any(i => i.Id == c.ItemId));
        var perItem = (double)cards / answered.Count;
        output.WriteLine($"{answered.Count} answered items, {cards} cards: {perItem:F2} per item");
        foreach (var group in Cards.GroupBy(c => c.Type).OrderBy(g => g.Key))
        {
            output.WriteLine($"{group.Key.Name()}: {group.Count()}");
        }

        foreach (var item in answered.Where(i => Cards.All(c => c.ItemId != i.Id)))
        {
            output.WriteLine($"no card: {item.Id} {item.Title}");
        }

        var audit = CardGenerator.Audit(Items, CardGenerator.TopicGlossary);
        foreach (var refusal in audit.Refusals.OrderBy(r => r.Rule.Name, StringComparer.Ordinal))
        {
            output.WriteLine($"refused by {refusal.Rule.Name}: {Judgement.KeyOf(refusal.Card)} {refusal.Card.Payload.Prompt.ReplaceLineEndings(" ")} => {Judgement.AnswerOf(refusal.Card).ReplaceLineEndings(" ")}");
        }

        Assert.True(perItem >= 1.5, $"{perItem:F2} cards per answered item");
    }
}
