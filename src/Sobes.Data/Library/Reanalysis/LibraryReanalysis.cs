using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sobes.Core.Library;
using Sobes.Core.Library.Stored;
using Sobes.Core.Posts;
using Sobes.Data.Importing;
using Sobes.Data.Library.Editing;
using Sobes.Data.Storage;

namespace Sobes.Data.Library.Reanalysis;

/// <summary>
/// What a re-analysis changed: items read, items changed, and per field how many items it changed. Items of
/// structured files (Markdown lists, quiz pages, decks) are counted in <see cref="Skipped"/>: their readers' hints
/// (headings, hidden answers, note fields) are not stored with the posts, so only a re-import of the file applies
/// new rules to them.
/// </summary>
public sealed record ReanalysisReport(int Items, int Changed, int Skipped, IReadOnlyDictionary<string, int> Fields, bool DryRun);

/// <summary>
/// Runs the analysis pipeline again on the stored posts of channel items (Telegram exports, plain-text channels), so
/// a library imported before a rule changed gets the change. Each item is rebuilt from its richest post, as an
/// import keeps the richest duplicate (a note's latest version, for a note). What an editor set stays (the edit locks),
/// and so do a learner's key, the item's hashtags, its merges, its deletion and its review dismissal. A changed item's
/// revision goes up, so cards follow at the next sync; <see cref="Practice.CardSync"/> keeps the progress of every card
/// that still asks the same fact (<see cref="Core.Cards.CardFacts"/>). The same runs once after an upgrade that
/// changes <see cref="AnalysisVersion.Current"/> (<see cref="RunIfOutdatedAsync"/>).
/// </summary>
public static class LibraryReanalysis
{
    /// <summary>The key in <c>meta</c> of the analysis version the stored items were last analysed with.</summary>
    public const string VersionKey = "analysis-version";

    private const int Chunk = 500;

    private static readonly string[] ChannelFormats = [Import.TelegramJson.TelegramJsonReader.FormatName, Import.TelegramHtml.TelegramHtmlReader.FormatName, "text"];

    /// <summary>Re-analyses every item; with <paramref name="dryRun"/> only reports what would change.</summary>
    public static async Task<ReanalysisReport> RunAsync(SobesDatabase database, DateTimeOffset now, bool dryRun, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ReanalysisReport report;
        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            report = await RunAsync(db, now, dryRun, cancellationToken);
            if (!dryRun)
            {
                await StampAsync(db, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }

        if (report.Changed > 0 && !dryRun)
        {
            await database.Search.FollowAsync(cancellationToken: CancellationToken.None);
        }

        return report;
    }

    /// <summary>
    /// The one-time step after an upgrade: when the library was last analysed by an older <see cref="AnalysisVersion"/>
    /// (or before versions were recorded), re-analyses it and records the current version. Null when it was up to date.
    /// </summary>
    public static async Task<ReanalysisReport?> RunIfOutdatedAsync(SobesDatabase database, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using (var db = database.CreateContext())
        {
            var stored = await db.Meta.AsNoTracking().Where(m => m.Key == VersionKey).Select(m => m.Value).FirstOrDefaultAsync(cancellationToken);
            if (int.TryParse(stored, System.Globalization.CultureInfo.InvariantCulture, out var version) && version >= AnalysisVersion.Current)
            {
                return null;
            }
        }

        return await RunAsync(database, now, dryRun: false, cancellationToken);
    }

    private static async Task<ReanalysisReport> RunAsync(SobesDbContext db, DateTimeOffset now, bool dryRun, CancellationToken cancellationToken)
    {
        var fields = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int items = 0, changed = 0, skipped = 0;
        long after = 0;
        while (true)
        {
            var page = await db.Items.Where(i => i.Id > after).OrderBy(i => i.Id).Take(Chunk).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            after = page[^1].Id;
            var ids = page.Select(i => i.Id).ToList();
            var posts = (await db.ItemSources.AsNoTracking().Where(p => ids.Contains(p.ItemId)).OrderBy(p => p.Id)
                    .Select(p => new { Post = p, p.Source!.Format }).ToListAsync(cancellationToken))
                .ToLookup(p => p.Post.ItemId);
            var edited = page.Where(i => i.EditedByUser).Select(i => i.Id).ToList();
            var locks = (await db.ItemEdits.AsNoTracking().Where(e => edited.Contains(e.ItemId) && e.Action == EditLog.Edit).Select(e => new { e.ItemId, e.Fields }).ToListAsync(cancellationToken))
                .ToLookup(e => e.ItemId, e => e.Fields);
            foreach (var item in page)
            {
                items++;
                var own = posts[item.Id].ToList();
                var filled = FillPostedAt(item, own.Select(p => p.Post.Date), now);
                if (own.Count == 0 || own.Exists(p => !ChannelFormats.Contains(p.Format, StringComparer.Ordinal)))
                {
                    skipped++;
                    Count(fields, filled ? ["posted_at"] : [], ref changed);
                    continue;
                }

                var locked = locks[item.Id].SelectMany(ItemRecordMapping.Split).ToHashSet(StringComparer.Ordinal);
                var differ = Reanalyze(item, own.Select(p => p.Post).ToList(), locked);
                Count(fields, filled ? [.. differ, "posted_at"] : differ, ref changed);
            }

            if (!dryRun)
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
        }

        return new ReanalysisReport(items, changed, skipped, fields, dryRun);
    }

    private static void Count(SortedDictionary<string, int> fields, IReadOnlyList<string> differ, ref int changed)
    {
        if (differ.Count == 0)
        {
            return;
        }

        changed++;
        foreach (var field in differ)
        {
            fields[field] = fields.GetValueOrDefault(field) + 1;
        }
    }

    // Libraries made before post dates were kept: the earliest post's date, else the import's.
    private static bool FillPostedAt(ItemRecord item, IEnumerable<DateTimeOffset?> dates, DateTimeOffset now)
    {
        if (item.PostedAt is not null)
        {
            return false;
        }

        item.PostedAt = dates.Min() ?? (item.CreatedAt == default ? now : item.CreatedAt);
        return true;
    }

    // Rebuilds the item from its posts; returns the names of the fields that changed (and changes them on the tracked item).
    private static List<string> Reanalyze(ItemRecord item, IReadOnlyList<ItemSourceRecord> posts, IReadOnlySet<string> locked)
    {
        var notes = posts.Where(p => NoteLocator.IsNote(p.Locator)).ToList();
        var drafts = (notes.Count > 0 ? [notes[^1]] : posts).Select(p => Rebuild(p, item)).OfType<ItemDraft>().ToList();
        if (drafts.Count == 0)
        {
            return [];
        }

        var draft = drafts.MaxBy(ItemRichness.Of)!;
        var next = Copy(item);
        ItemRecordMapping.CopyContent(draft, next);
        if (draft.Options.Count == 0 && item.OptionsJson != "[]")
        {
            // Posts imported before polls were kept come back without their options.
            (next.OptionsJson, next.KeyOption, next.KeySource, next.Explanation) = (item.OptionsJson, item.KeyOption, item.KeySource, item.Explanation);
        }
        else if (item.KeySource == KeySource.User && item.KeyOption is { } key && key < draft.Options.Count)
        {
            (next.KeyOption, next.KeySource) = (key, KeySource.User);
        }

        if (item.EditedByUser)
        {
            Editing.EditLocks.Keep(locked, item, next);
        }

        var differ = Differences(item, next);
        if (differ.Count > 0)
        {
            ItemRecordMapping.Apply(ItemRecordMapping.Content(next), item);
            (item.ShapeJson, item.OptionsJson, item.Explanation, item.Hashtags) = (next.ShapeJson, next.OptionsJson, next.Explanation, next.Hashtags);
            (item.LinksJson, item.CodeJson, item.MediaJson, item.Richness) = (next.LinksJson, next.CodeJson, next.MediaJson, next.Richness);
            item.Revision++;
        }

        return differ;
    }

    // The stored post as its reader gave it. A channel's reader also passes the post's links, media, code and hashtags
    // and its bold heading, which are not stored per post: the item's own (from the post it kept) stand in for them, and
    // the title stands in for the heading when it is the post's whole first line (a heading, not words cut from an answer).
    // The stored text lost the post's hashtag line (the pipeline drops it and counts those tags once more), so a line of
    // the tags the text no longer holds is put back: re-analysing an unchanged post then gives the same topics.
    private static ItemDraft? Rebuild(ItemSourceRecord post, ItemRecord item)
    {
        var raw = ItemSplitting.RawOf(post);
        var firstLine = post.Text.AsSpan().TrimStart();
        var end = firstLine.IndexOf('\n');
        var heading = !item.TitleInferred && (end < 0 ? firstLine : firstLine[..end]).Trim().SequenceEqual(item.Title) ? item.Title : null;
        var tags = ItemRecordMapping.Split(item.Hashtags);
        var dropped = tags.Where(t => !post.Text.Contains("#" + t, StringComparison.OrdinalIgnoreCase)).Select(t => "#" + t).ToList();
        return PostAnalyzer.Analyze(raw with
        {
            Text = dropped.Count == 0 ? raw.Text : raw.Text + "\n\n" + string.Join(' ', dropped),
            TitleHint = heading,
            Links = JsonSerializer.Deserialize<List<string>>(item.LinksJson, StorageJson.Options) ?? [],
            Media = JsonSerializer.Deserialize<List<string>>(item.MediaJson, StorageJson.Options) ?? [],
            Code = (JsonSerializer.Deserialize<List<ItemRecordMapping.CodeJson>>(item.CodeJson, StorageJson.Options) ?? []).Select(c => new CodeBlock(c.Language, c.Text)).ToList(),
            Hashtags = tags.Select(t => "#" + t).ToList(),
        });
    }

    private static ItemRecord Copy(ItemRecord item) => new()
    {
        Kind = item.Kind,
        KindRule = item.KindRule,
        Title = item.Title,
        TitleInferred = item.TitleInferred,
        Question = item.Question,
        Answer = item.Answer,
        NeedsAnswer = item.NeedsAnswer,
        ShapeJson = item.ShapeJson,
        Body = item.Body,
        Language = item.Language,
        OptionsJson = item.OptionsJson,
        KeyOption = item.KeyOption,
        KeySource = item.KeySource,
        Explanation = item.Explanation,
        Topics = item.Topics,
        Hashtags = item.Hashtags,
        LinksJson = item.LinksJson,
        CodeJson = item.CodeJson,
        MediaJson = item.MediaJson,
        Richness = item.Richness,
        EditedByUser = item.EditedByUser,
    };

    private static List<string> Differences(ItemRecord a, ItemRecord b)
    {
        var differ = new List<string>();
        void Check(string field, bool same)
        {
            if (!same)
            {
                differ.Add(field);
            }
        }

        Check("kind", a.Kind == b.Kind && a.KindRule == b.KindRule);
        Check("title", a.Title == b.Title && a.TitleInferred == b.TitleInferred);
        Check("question", a.Question == b.Question);
        Check("answer", a.Answer == b.Answer && a.NeedsAnswer == b.NeedsAnswer);
        Check("shape", a.ShapeJson == b.ShapeJson);
        Check("body", a.Body == b.Body && a.Language == b.Language);
        Check("options", a.OptionsJson == b.OptionsJson && a.KeyOption == b.KeyOption && a.KeySource == b.KeySource && a.Explanation == b.Explanation);
        Check("topics", a.Topics == b.Topics);
        Check("hashtags", a.Hashtags == b.Hashtags);
        Check("links", a.LinksJson == b.LinksJson && a.CodeJson == b.CodeJson && a.MediaJson == b.MediaJson);
        return differ;
    }

    private static async Task StampAsync(SobesDbContext db, CancellationToken cancellationToken)
    {
        var value = AnalysisVersion.Current.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var row = await db.Meta.FirstOrDefaultAsync(m => m.Key == VersionKey, cancellationToken);
        if (row is null)
        {
            db.Meta.Add(new MetaRecord { Key = VersionKey, Value = value });
        }
        else
        {
            row.Value = value;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
