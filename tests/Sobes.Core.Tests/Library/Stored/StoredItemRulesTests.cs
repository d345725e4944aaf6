using Sobes.Core.Library;
using Sobes.Core.Library.Duplicates;
using Sobes.Core.Library.Stored;
using Sobes.Core.Posts;

namespace Sobes.Core.Tests.Library.Stored;

public sealed class StoredItemRulesTests
{
    private static readonly StoredContent Edited = new()
    {
        Title = "Editor's title", Kind = "question", KindRule = "editor", Topics = "|metrics|", Question = "Editor's question?",
        Answer = "Editor's answer.", Body = "Editor's body.", Language = "en", KeyOption = 2, KeySource = KeySource.User, OptionCount = 3,
    };

    private static readonly StoredContent Imported = new()
    {
        Title = "Imported title", TitleInferred = true, Kind = "note", KindRule = "note:question-lost", NeedsAnswer = true, Topics = "|career|",
        Question = null, Answer = null, Body = "Imported body.", Language = "ru", KeyOption = 0, KeySource = KeySource.Crowd, OptionCount = 3,
    };

    private static ItemDraft Draft(string body, string? question = null, string? answer = null, int options = 0, ItemKind kind = ItemKind.Question) => new()
    {
        Kind = kind, KindRule = "test", Title = question ?? body, Question = question, Answer = answer, Body = body, Language = "en",
        Options = Enumerable.Range(0, options).Select(i => new QuizOption("option " + i, null)).ToList(),
        Provenance = new Provenance { Locator = "line 1", Text = body, TextHash = "h" },
    };

    [Fact]
    public void Locked_fields_keep_the_editors_values_and_the_marks_that_came_with_them()
    {
        var kept = EditLocks.Keep([EditFields.Title, EditFields.Answer, EditFields.Topics], Edited, Imported);

        Assert.Equal(("Editor's title", false), (kept.Title, kept.TitleInferred));
        Assert.Equal(("Editor's answer.", false), (kept.Answer, kept.NeedsAnswer));
        Assert.Equal("|metrics|", kept.Topics);
        Assert.Equal(("note", "Imported body.", (string?)null), (kept.Kind, kept.Body, kept.Question));
    }

    [Fact]
    public void Unlocked_fields_take_the_new_analysis()
    {
        Assert.Equal(Imported, EditLocks.Keep([], Edited, Imported));
    }

    [Fact]
    public void A_locked_key_is_kept_only_while_the_new_content_still_has_that_option()
    {
        Assert.Equal(2, EditLocks.Keep([EditFields.Key], Edited, Imported).KeyOption);
        Assert.Equal(0, EditLocks.Keep([EditFields.Key], Edited, Imported with { OptionCount = 2 }).KeyOption);
    }

    [Fact]
    public void A_body_lock_keeps_its_language_and_a_kind_lock_its_rule()
    {
        var kept = EditLocks.Keep([EditFields.Body, EditFields.Kind], Edited, Imported);

        Assert.Equal(("Editor's body.", "en"), (kept.Body, kept.Language));
        Assert.Equal(("question", "editor", false), (kept.Kind, kept.KindRule, kept.NeedsAnswer));
    }

    [Fact]
    public void A_post_with_an_answer_and_options_is_richer_than_its_bare_question_and_an_ad_is_poorer()
    {
        var bare = ItemRichness.Of(Draft("What is AUC?", "What is AUC?"));
        var answered = ItemRichness.Of(Draft("What is AUC? The area under the ROC curve.", "What is AUC?", "The area under the ROC curve."));

        Assert.True(answered > bare);
        Assert.True(ItemRichness.Of(Draft("What is AUC?", "What is AUC?", options: 3)) > bare);
        Assert.True(ItemRichness.Of(Draft("What is AUC?", "What is AUC?", kind: ItemKind.Ad)) < bare);
    }

    [Fact]
    public void Only_a_strictly_richer_post_or_a_newer_note_version_replaces_an_items_content()
    {
        Assert.True(ItemRichness.Replaces(101, 100));
        Assert.False(ItemRichness.Replaces(100, 100));
        Assert.True(ItemRichness.Replaces(10, 100, newerVersion: true));
    }

    [Fact]
    public void Two_posts_whose_questions_differ_never_merge_whatever_their_bodies_share()
    {
        var match = new DuplicateMatch(1, DuplicateKind.Exact, 1.0, 1.0);

        Assert.False(MergeRule.MayMerge(Draft("Answer: TBD", "What is precision?"), match, "What is recall?"));
        Assert.True(MergeRule.MayMerge(Draft("Answer: TBD", "What is precision?"), match, "What is precision?"));
    }

    [Fact]
    public void A_quiz_contained_in_a_prose_post_does_not_merge_into_it()
    {
        var contained = new DuplicateMatch(1, DuplicateKind.Contained, 0.5, 0.95);

        Assert.False(MergeRule.MayMerge(Draft("Which metric ignores the threshold?", options: 3, kind: ItemKind.Quiz), contained, null));
        Assert.True(MergeRule.MayMerge(Draft("Which metric ignores the threshold?"), contained, null));
    }
}
