using System.Data.Common;
using Sobes.Data.Storage;

namespace Sobes.Data.Library;

/// <summary>
/// <see cref="LibraryFilter"/> and <see cref="LibrarySort"/> in plain SQL on both providers, as LibraryQueries' LINQ
/// filter and order translate: for `sobes list`, which reads without EF. PlainListTests pins the two together.
/// </summary>
internal static class PlainList
{
    /// <summary>The condition on "items" for <paramref name="filter"/>, its values added to <paramref name="command"/> as parameters.</summary>
    public static string Where(LibraryFilter filter, DbCommand command, bool postgres)
    {
        var all = new List<string> { filter.Deleted ? """ "DeletedAt" IS NOT NULL""" : """ "DeletedAt" IS NULL""" };
        if (filter.HideAds)
        {
            all.Add(""" "Kind" <> 'ad'""");
        }

        if (filter.NeedsAnswer)
        {
            all.Add(""" "NeedsAnswer" = TRUE""");
        }

        if (filter.InReview)
        {
            // ReviewItems.Pending.
            all.Add($"""
                 "ReviewDismissedAt" IS NULL AND "DeletedAt" IS NULL AND ("TitleInferred" = TRUE OR "NeedsAnswer" = TRUE
                 OR "KindRule" IN ({In(command, "rule", ReviewItems.UnsureRules)}) OR ("Topics" = '' AND "Kind" IN ({In(command, "practised", ReviewItems.Practised)})))
                """);
        }

        if (filter.Kinds is { Count: > 0 } kinds)
        {
            all.Add($""" "Kind" IN ({In(command, "kind", kinds)})""");
        }

        if (filter.Topics is { Count: > 0 } topics)
        {
            // Topics are stored as "|a|b|": a topic matches as "|topic|", anywhere (as string.Contains translates).
            var names = Parameters(command, "topic", [.. topics.Select(t => "|" + t + "|")]);
            all.Add("(" + string.Join(" OR ", names.Select(n => postgres ? $"""strpos("Topics", {n}) > 0""" : $"""instr("Topics", {n}) > 0""")) + ")");
        }

        if (filter.Sources is { Count: > 0 } sources)
        {
            // A source matches when its path ends with the name given (as string.EndsWith translates: exactly, any case kept).
            var names = Parameters(command, "source", sources);
            var ends = names.Select(n => postgres ? $"""({n} = '' OR right(s."Path", length({n})) = {n})""" : $"""({n} = '' OR substr(s."Path", -length({n})) = {n})""");
            all.Add($"""
                 EXISTS (SELECT 1 FROM "item_sources" AS p INNER JOIN "sources" AS s ON s."Id" = p."SourceId"
                 WHERE p."ItemId" = "items"."Id" AND ({string.Join(" OR ", ends)}))
                """);
        }

        return string.Join(" AND ", all.Select(c => "(" + c.Trim() + ")"));
    }

    /// <summary>The ORDER BY of <paramref name="sort"/>; ties broken by id. Items without a post date come last.</summary>
    public static string Order(LibrarySort sort) => sort switch
    {
        LibrarySort.Newest => """ "PostedAt" IS NULL, "PostedAt" DESC, "Id" DESC""",
        LibrarySort.Oldest => """ "PostedAt" IS NULL, "PostedAt", "Id" """,
        LibrarySort.Title => """ "Title", "Id" """,
        _ => """ "Id" """,
    };

    // Parameters @name0, @name1, … holding the values; returns their names.
    private static List<string> Parameters(DbCommand command, string name, IReadOnlyList<string> values)
    {
        var names = new List<string>(values.Count);
        foreach (var value in values)
        {
            var parameter = "@" + name + command.Parameters.Count;
            command.AddParameter(parameter, value);
            names.Add(parameter);
        }

        return names;
    }

    // The parameters' names as an IN list.
    private static string In(DbCommand command, string name, IReadOnlyList<string> values) => string.Join(", ", Parameters(command, name, values));
}
