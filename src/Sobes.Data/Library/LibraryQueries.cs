using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sobes.Data.Importing;
using Sobes.Data.Storage;

namespace Sobes.Data.Library;

/// <summary>Reads the library: lists, single items, statistics, and every item in id order for export.</summary>
public static class LibraryQueries
{
    public static Task<IReadOnlyList<ItemSummary>> ListAsync(SobesDbContext db, LibraryFilter filter, int skip = 0, int take = 50, CancellationToken cancellationToken = default) =>
        ListAsync(db, filter, LibrarySort.Id, skip, take, cancellationToken);

    /// <summary>A page of the filtered list in <paramref name="sort"/> order (ties broken by id).</summary>
    public static async Task<IReadOnlyList<ItemSummary>> ListAsync(SobesDbContext db, LibraryFilter filter, LibrarySort sort, int skip = 0, int take = 50, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await Sorted(Filtered(db, filter), sort).Skip(skip).Take(take)
            .Select(i => new { i.Id, i.Kind, i.Title, i.Topics, i.Merged, i.Language, i.PostedAt, i.TitleInferred, i.NeedsAnswer, i.KindRule, i.ReviewDismissedAt, i.DeletedAt }).ToListAsync(cancellationToken);
        return rows.Select(r => Summary(r.Id, r.Kind, r.Title, r.Topics, r.Merged, r.Language, r.PostedAt, r.TitleInferred, r.NeedsAnswer, r.KindRule, r.ReviewDismissedAt, r.DeletedAt)).ToList();
    }

    /// <summary>
    /// A page of the filtered list and the filter's total over a plain connection: `sobes list` never builds EF's
    /// services, model or query compiler. The filter in SQL (<see cref="PlainList"/>) is pinned to the one in LINQ by
    /// PlainListTests.
    /// </summary>
    public static async Task<(IReadOnlyList<ItemSummary> Items, int Total)> ListAsync(SobesDatabase database, LibraryFilter filter, LibrarySort sort, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(filter);
        var postgres = database.Location.Provider == DatabaseProvider.Postgres;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var items = new List<ItemSummary>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT "Id", "Kind", "Title", "Topics", "Merged", "Language", "PostedAt", "TitleInferred", "NeedsAnswer", "KindRule", "ReviewDismissedAt", "DeletedAt"
                FROM "items" WHERE {PlainList.Where(filter, command, postgres)} ORDER BY {PlainList.Order(sort)} LIMIT @take OFFSET @skip
                """;
            command.AddParameter("@take", take);
            command.AddParameter("@skip", skip);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(Summary(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.GetString(5),
                    PlainItems.Milliseconds(reader, 6), reader.GetBoolean(7), reader.GetBoolean(8), reader.GetString(9), PlainItems.Milliseconds(reader, 10), PlainItems.Milliseconds(reader, 11)));
            }
        }

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""SELECT COUNT(*) FROM "items" WHERE {PlainList.Where(filter, command, postgres)}""";
            var total = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            return (items, checked((int)total));
        }
    }

    private static ItemSummary Summary(long id, string kind, string title, string storedTopics, int merged, string language, DateTimeOffset? postedAt, bool titleInferred, bool needsAnswer,
        string kindRule, DateTimeOffset? reviewDismissedAt, DateTimeOffset? deletedAt)
    {
        var topics = ItemRecordMapping.Split(storedTopics);
        return new ItemSummary(id, kind, title, topics, merged, language)
        {
            PostedAt = postedAt,
            NeedsAnswer = needsAnswer,
            Review = reviewDismissedAt is null ? ReviewItems.Reasons(kind, kindRule, titleInferred, needsAnswer, topics.Count) : [],
            DeletedAt = deletedAt,
        };
    }

    /// <summary>The ids of every item the filter admits, in id order (what a bulk action acts on).</summary>
    public static async Task<IReadOnlyList<long>> IdsAsync(SobesDbContext db, LibraryFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await Filtered(db, filter).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(cancellationToken);
    }

    public static Task<int> CountAsync(SobesDbContext db, LibraryFilter filter, CancellationToken cancellationToken = default) =>
        Filtered(db, filter).CountAsync(cancellationToken);

    /// <summary>One item of the library, or null when there is none or it was deleted.</summary>
    public static Task<ItemView?> GetAsync(SobesDbContext db, long id, CancellationToken cancellationToken = default) => GetAsync(db, id, withDeleted: false, cancellationToken);

    /// <summary>One item, or null when there is none; a deleted item too with <paramref name="withDeleted"/> (its page, so it can be restored).</summary>
    public static async Task<ItemView?> GetAsync(SobesDbContext db, long id, bool withDeleted, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await OverContextAsync(db, (connection, transaction) => GetAsync(connection, transaction, id, withDeleted, cancellationToken), cancellationToken);
    }

    /// <summary>One item over a plain connection: `sobes show` never builds EF's services, model or query compiler.</summary>
    public static async Task<ItemView?> GetAsync(SobesDatabase database, long id, bool withDeleted, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await GetAsync(connection, null, id, withDeleted, cancellationToken);
    }

    // Plain SQL, the same on both providers: two queries whose shape never changes, which EF would compile at every start.
    // LibraryStatsTests and ItemReadTests pin what they read to what EF reads.
    private static async Task<ItemView?> GetAsync(DbConnection connection, DbTransaction? transaction, long id, bool withDeleted, CancellationToken cancellationToken)
    {
        ItemRecord? item = null;
        await using (var command = Command(connection, transaction, $"""SELECT {PlainItems.Columns} FROM "items" WHERE "Id" = @id"""))
        {
            command.AddParameter("@id", id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                item = PlainItems.Read(reader);
            }
        }

        if (item is null || (item.DeletedAt is not null && !withDeleted))
        {
            return null;
        }

        var sources = new List<SourceView>();
        await using (var command = Command(connection, transaction, """
            SELECT s."Path", s."Title", s."Format", p."Locator", p."Line", p."Date", p."Views", p."ReactionsJson", p."ForwardedFrom"
            FROM "item_sources" AS p INNER JOIN "sources" AS s ON s."Id" = p."SourceId"
            WHERE p."ItemId" = @id ORDER BY p."Id"
            """))
        {
            command.AddParameter("@id", id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                sources.Add(Source(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                    reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5), reader.IsDBNull(6) ? null : reader.GetInt32(6), reader.GetString(7),
                    reader.IsDBNull(8) ? null : reader.GetString(8)));
            }
        }

        return ToView(item, sources);
    }

    // A context's connection, opened for the plain reads (in its transaction, if any) and closed after.
    private static async Task<T> OverContextAsync<T>(SobesDbContext db, Func<DbConnection, DbTransaction?, Task<T>> read, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await read(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>Every matching item in id order, in pages, so an export of any size streams.</summary>
    public static async IAsyncEnumerable<ItemView> StreamAsync(SobesDbContext db, LibraryFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        long after = 0;
        while (true)
        {
            var page = await Filtered(db, filter).Where(i => i.Id > after).OrderBy(i => i.Id).Take(1000).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                yield break;
            }

            var sources = await SourcesOf(db, page.Select(i => i.Id).ToList(), cancellationToken);
            foreach (var item in page)
            {
                yield return ToView(item, sources[item.Id]);
            }

            after = page[^1].Id;
        }
    }

    public static async Task<LibraryStats> StatsAsync(SobesDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await OverContextAsync(db, (connection, transaction) => StatsAsync(connection, transaction, cancellationToken), cancellationToken);
    }

    /// <summary>The statistics over a plain connection: `sobes stats` never builds EF's services, model or query compiler.</summary>
    public static async Task<LibraryStats> StatsAsync(SobesDatabase database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await StatsAsync(connection, null, cancellationToken);
    }

    // Plain SQL, the same on both providers: two queries whose shape never changes, which EF would compile at every start.
    private static async Task<LibraryStats> StatsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var items = new List<(string Kind, string Topics, string Language, int Merged)>();
        await using (var command = Command(connection, transaction, """SELECT "Kind", "Topics", "Language", "Merged" FROM "items" WHERE "DeletedAt" IS NULL"""))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
            }
        }

        int sources, provenances;
        await using (var command = Command(connection, transaction, """
            SELECT (SELECT COUNT(*) FROM "sources" WHERE "DeletedAt" IS NULL),
                   (SELECT COUNT(*) FROM "item_sources" AS p INNER JOIN "items" AS i ON i."Id" = p."ItemId" WHERE i."DeletedAt" IS NULL)
            """))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            sources = checked((int)reader.GetInt64(0));
            provenances = checked((int)reader.GetInt64(1));
        }

        var byTopic = items.SelectMany(i => ItemRecordMapping.Split(i.Topics)).GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
        return new LibraryStats(
            items.Count,
            sources,
            provenances,
            items.GroupBy(i => i.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            byTopic,
            items.GroupBy(i => i.Language).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            items.Count(i => i.Merged > 1));
    }

    private static IQueryable<ItemRecord> Filtered(SobesDbContext db, LibraryFilter filter)
    {
        IQueryable<ItemRecord> q = db.Items.AsNoTracking();
        q = filter.Deleted ? q.Where(i => i.DeletedAt != null) : q.Where(i => i.DeletedAt == null);
        if (filter.HideAds)
        {
            q = q.Where(i => i.Kind != "ad");
        }

        if (filter.NeedsAnswer)
        {
            q = q.Where(i => i.NeedsAnswer);
        }

        if (filter.InReview)
        {
            q = ReviewItems.Pending(q);
        }

        if (filter.Kinds is { Count: > 0 } kinds)
        {
            q = q.Where(i => kinds.Contains(i.Kind));
        }

        if (filter.Topics is { Count: > 0 } topics)
        {
            var patterns = topics.Select(t => "|" + t + "|").ToList();
            q = patterns.Count == 1 ? q.Where(i => i.Topics.Contains(patterns[0])) : q.Where(i => patterns.Any(p => i.Topics.Contains(p)));
        }

        if (filter.Sources is { Count: > 0 } sources)
        {
            var ids = db.Sources.Where(s => sources.Any(n => s.Path.EndsWith(n))).Select(s => s.Id);
            q = q.Where(i => i.Sources.Any(p => ids.Contains(p.SourceId)));
        }

        return q;
    }

    private static IQueryable<ItemRecord> Sorted(IQueryable<ItemRecord> q, LibrarySort sort) => sort switch
    {
        // Items of libraries made before post dates were kept have none until the startup step fills them: last.
        LibrarySort.Newest => q.OrderBy(i => i.PostedAt == null).ThenByDescending(i => i.PostedAt).ThenByDescending(i => i.Id),
        LibrarySort.Oldest => q.OrderBy(i => i.PostedAt == null).ThenBy(i => i.PostedAt).ThenBy(i => i.Id),
        LibrarySort.Title => q.OrderBy(i => i.Title).ThenBy(i => i.Id),
        _ => q.OrderBy(i => i.Id),
    };

    private static async Task<ILookup<long, SourceView>> SourcesOf(SobesDbContext db, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var rows = await db.ItemSources.AsNoTracking().Where(p => ids.Contains(p.ItemId)).OrderBy(p => p.Id)
            .Select(p => new { p.ItemId, p.Source!.Path, p.Source.Title, p.Source.Format, p.Locator, p.Line, p.Date, p.Views, p.ReactionsJson, p.ForwardedFrom })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.ItemId, r => Source(r.Path, r.Title, r.Format, r.Locator, r.Line, r.Date, r.Views, r.ReactionsJson, r.ForwardedFrom));
    }

    private static SourceView Source(string path, string? title, string format, string locator, int line, DateTimeOffset? date, int? views, string reactionsJson, string? forwardedFrom) =>
        new(Path.GetFileName(path), title, format, locator, line, date, views,
            Json<List<ItemRecordMapping.ReactionJson>>(reactionsJson).Select(x => new ReactionView(x.Emoji, x.Count)).ToList(), forwardedFrom);

    internal static ItemView ToView(ItemRecord i, IEnumerable<SourceView> sources) => new()
    {
        Id = i.Id,
        Kind = i.Kind,
        KindRule = i.KindRule,
        Title = i.Title,
        TitleInferred = i.TitleInferred,
        Question = i.Question,
        Answer = i.Answer,
        NeedsAnswer = i.NeedsAnswer,
        Body = i.Body,
        Language = i.Language,
        Options = Json<List<ItemRecordMapping.OptionJson>>(i.OptionsJson).Select(o => new OptionView(o.Text, o.Share)).ToList(),
        Key = i.KeyOption is { } k && i.KeySource is { } s ? new KeyView(k, s) : null,
        Explanation = i.Explanation,
        Shape = ShapeOf(i.ShapeJson),
        Topics = ItemRecordMapping.Split(i.Topics),
        Hashtags = ItemRecordMapping.Split(i.Hashtags),
        Links = Json<List<string>>(i.LinksJson),
        Code = Json<List<ItemRecordMapping.CodeJson>>(i.CodeJson).Select(c => new CodeView(c.Language, c.Text)).ToList(),
        Media = Json<List<string>>(i.MediaJson),
        Sources = sources.ToList(),
        Merged = i.Merged,
        Generator = i.Kind == "problem" ? Core.Cards.ProblemLink.Kind(i.Title + "\n" + i.Body) : null,
        Revision = i.Revision,
        PostedAt = i.PostedAt,
        DeletedAt = i.DeletedAt,
        Review = i.ReviewDismissedAt is null ? ReviewItems.Reasons(i.Kind, i.KindRule, i.TitleInferred, i.NeedsAnswer, ItemRecordMapping.Split(i.Topics).Count) : [],
        ReviewDismissedAt = i.ReviewDismissedAt,
        CreatedAt = i.CreatedAt,
        UpdatedAt = i.UpdatedAt,
    };

    private static ShapeView? ShapeOf(string? json) =>
        json is null || JsonSerializer.Deserialize<Core.Posts.TaskShape>(json, StorageJson.Options) is not { } shape ? null
            : new ShapeView(shape.Form == Core.Posts.TaskForm.FillIn ? "fill-in" : "matching", shape.Blanks, shape.Answers, shape.Pairs.Select(p => new PairView(p.Left, p.Right)).ToList());

    private static T Json<T>(string json)
        where T : new() => JsonSerializer.Deserialize<T>(json, StorageJson.Options) ?? new T();
}
