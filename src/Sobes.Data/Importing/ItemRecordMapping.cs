using System.Text.Json;
using Sobes.Core.Library;
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

    /// <summary>
    /// How much a version of an item offers a learner: a question title, an answer, options with shares and
    /// a key, code and body length all count. The richest version of a duplicate set is the one kept.
    /// </summary>
    public static int Richness(ItemDraft d)
    {
        var score = Math.Min(d.Body.Length, 4000) / 10;
        score += d.Question is not null ? 150 : 0;
        score += d.Answer is { Length: > 0 } a ? 100 + (Math.Min(a.Length, 2000) / 20) : 0;
        score += d.Options.Count > 0 ? 200 + (d.Options.Any(o => o.Share is not null) ? 50 : 0) : 0;
        score += d.Key?.Source == KeySource.Author ? 100 : 0;
        score += d.Code.Count * 30;
        score += d.Kind == ItemKind.Ad ? -300 : 0;
        return score;
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
