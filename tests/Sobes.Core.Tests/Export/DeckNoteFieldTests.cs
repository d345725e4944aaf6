using Sobes.Core.Cards;
using Sobes.Core.Export;
using Sobes.Core.Library;
using Sobes.Core.Posts;

namespace Sobes.Core.Tests.Export;

public sealed class DeckNoteFieldTests
{
    private static readonly ExportItem Quiz = new()
    {
        Id = 7, Kind = "quiz", KindRule = "editor", Title = "Что не зависит от порога?", Question = "Что не зависит от порога?", Body = "Что не зависит от порога? <b>&</b>",
        Options = [new ChoiceOption("Accuracy", 0.25), new ChoiceOption("ROC AUC", null)], KeyOption = 1, KeySource = KeySource.User,
        Topics = ["metrics"], Hashtags = ["#auc"], Links = ["https://example.org/auc"], Code = [new CodeBlock(null, "a < b")], Media = ["photo"],
        PostedAt = new DateTimeOffset(2025, 5, 1, 8, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void A_main_notes_field_reads_back_as_the_item_and_its_card_keys()
    {
        var html = DeckNoteField.Of(Quiz, [new DeckCardDraft(0, GeneratorKeys.Choice)]);

        var data = DeckNoteField.Read(html, out var problem);

        Assert.Null(problem);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        var preset = data!.Preset!;
        Assert.Equal((ItemKind.Quiz, "editor", Quiz.Title, Quiz.Question, Quiz.Body), (preset.Kind, preset.KindRule, preset.Title, preset.Question, preset.Body));
        Assert.Equal(new QuizKey(1, KeySource.User), preset.Key);
        Assert.Equal([0.25, null], preset.Shares);
        Assert.Equal([new CodeBlock(null, "a < b")], preset.Code);
        Assert.Equal(["photo"], preset.Media);
        Assert.Equal(Quiz.PostedAt, data.Posted);
        Assert.Equal(GeneratorKeys.Choice, Assert.Single(data.Cards).Value);
        Assert.Null(data.MainGuid);
    }

    [Fact]
    public void A_generated_notes_field_names_its_main_note_and_its_cards_key()
    {
        var data = DeckNoteField.Read(DeckNoteField.Generated("mainGuid01", [new DeckCardDraft(0, "cloze:auc")]), out var problem);

        Assert.Null(problem);
        Assert.Equal("mainGuid01", data!.MainGuid);
        Assert.Null(data.Preset);
        Assert.Equal("cloze:auc", data.Cards[0]);
    }

    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("{\"v\":2,\"kind\":\"question\",\"title\":\"t\",\"body\":\"b\"}", "version 1")]
    [InlineData("{\"v\":1,\"kind\":\"poem\",\"title\":\"t\",\"body\":\"b\"}", "kind")]
    [InlineData("{\"v\":1,\"kind\":\"quiz\",\"title\":\"t\",\"body\":\"b\",\"key\":{\"option\":0,\"source\":\"oracle\"}}", "key")]
    [InlineData("{\"v\":1,\"kind\":\"question\",\"title\":\"t\",\"body\":\"b\",\"cards\":{\"first\":\"flashcard\"}}", "card")]
    public void A_field_that_is_not_this_format_is_refused_with_the_reason(string field, string reason)
    {
        Assert.Null(DeckNoteField.Read(field, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }
}
