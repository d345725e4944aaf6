using System.Text.Json;
using Sobes.Core.Library;
using Sobes.Core.Library.Stored;
using Sobes.Core.Posts;
using Sobes.Data.Storage;

namespace Sobes.Data.Importing;

/// <summary>Copies drafts into records and reads lists back from their JSON columns.</summary>
internal static class ItemRecordMapping
{
    public static ItemRecord NewItem(ItemDraft draft, DateTimeOffset now)
    {
        var item = new ItemRecord
        {
            Kind = draft.Kind.Name(),
            KindRule = draft.KindRule,
            Title = draft.Title,
            Body = draft.Body,
            Language = draft.Language,
            CreatedAt = now,
            UpdatedAt = now,
            PostedAt = draft.Provenance.Date ?? now,
        };
        CopyContent(draft, item);
        return item;
    }

    /// <summary>Replaces an item's content with a richer draft's (provenance is kept separately).</summary>
    public static void CopyContent(ItemDraft draft, ItemRecord item)
    {
        item.Kind = draft.Kind.Name();
        item.KindRule = draft.KindRule;
        item.Title = draft.Title;
        item.TitleInferred = draft.TitleInferred;
        item.Question = draft.Question;
        item.Answer = draft.Answer;
        item.NeedsAnswer = draft.NeedsAnswer;
        item.ShapeJson = draft.Shape is { } shape ? JsonSerializer.Serialize(shape, StorageJson.Options) : null;
        item.Body = draft.Body;
        item.Language = draft.Language;
        item.OptionsJson = JsonSerializer.Serialize(draft.Options.Select(o => new OptionJson(o.Text, o.Share)), StorageJson.Options);
        item.KeyOption = draft.Key?.Option;
        item.KeySource = draft.Key?.Source;
        item.Explanation = draft.Explanation;
        item.Topics = Delimited(draft.Topics);
        item.Hashtags = Delimited(Split(item.Hashtags).Union(draft.Hashtags));
        item.LinksJson = JsonSerializer.Serialize(draft.Links, StorageJson.Options);
        item.CodeJson = JsonSerializer.Serialize(draft.Code.Select(c => new CodeJson(c.Language, c.Text)), StorageJson.Options);
        item.MediaJson = JsonSerializer.Serialize(draft.Media, StorageJson.Options);
        item.Richness = Richness(draft);
    }

    public static ItemSourceRecord NewProvenance(Provenance p, long sourceId) => new()
    {
        SourceId = sourceId,
        Locator = p.Locator.Length > 256 ? p.Locator[..256] : p.Locator,
        Line = p.Line,
        Date = p.Date,
        Views = p.Views,
        ReactionsJson = JsonSerializer.Serialize(p.Reactions.Select(r => new ReactionJson(r.Emoji, r.Count)), StorageJson.Options),
        ForwardedFrom = p.ForwardedFrom,
        Text = p.Text,
        TextHash = p.TextHash,
        PollJson = p.Poll is null ? null : JsonSerializer.Serialize(p.Poll, StorageJson.Options),
    };

    /// <summary>The richness of a draft (<see cref="ItemRichness"/>): a richer duplicate replaces an item's content.</summary>
    public static int Richness(ItemDraft d) => ItemRichness.Of(d);

    /// <summary>The fields of a stored item that edit locks decide about.</summary>
    public static StoredContent Content(ItemRecord item) => new()
    {
        Title = item.Title,
        TitleInferred = item.TitleInferred,
        Kind = item.Kind,
        KindRule = item.KindRule,
        NeedsAnswer = item.NeedsAnswer,
        KeyOption = item.KeyOption,
        KeySource = item.KeySource,
        Topics = item.Topics,
        Question = item.Question,
        Answer = item.Answer,
        Body = item.Body,
        Language = item.Language,
        OptionCount = Library.Editing.ItemSnapshot.OptionCount(item),
    };

    /// <summary>Writes <paramref name="content"/> into <paramref name="item"/>'s columns.</summary>
    public static void Apply(StoredContent content, ItemRecord item)
    {
        (item.Title, item.TitleInferred) = (content.Title, content.TitleInferred);
        (item.Kind, item.KindRule, item.NeedsAnswer) = (content.Kind, content.KindRule, content.NeedsAnswer);
        (item.KeyOption, item.KeySource) = (content.KeyOption, content.KeySource);
        item.Topics = content.Topics;
        (item.Question, item.Answer) = (content.Question, content.Answer);
        (item.Body, item.Language) = (content.Body, content.Language);
    }

    public static string Delimited(IEnumerable<string> values)
    {
        var list = values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "" : "|" + string.Join('|', list) + "|";
    }

    public static IReadOnlyList<string> Split(string delimited) =>
        delimited.Split('|', StringSplitOptions.RemoveEmptyEntries);

    internal sealed record OptionJson(string Text, double? Share);

    internal sealed record CodeJson(string? Language, string Text);

    internal sealed record ReactionJson(string Emoji, int Count);
}

internal static class StorageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
