using Microsoft.EntityFrameworkCore.Migrations;

namespace Sobes.Data.Storage;

/// <summary>
/// The triggers that write the change log of items (<see cref="ItemChangeRecord"/>) in the transaction of every
/// insert, update and delete of an item: EF saves, bulk SQL and hand-written statements alike. Created by the
/// migration that adds the log.
/// </summary>
/// <remarks>
/// SQLite has one writer at a time, so a change takes the next number at once and numbers follow commit order.
/// PostgreSQL commits concurrently: a change is logged unnumbered, and at commit (a deferred constraint trigger, or an
/// explicit <c>sobes_seal_item_changes()</c> as the last statement) the transaction takes an advisory lock held until
/// its commit ends and numbers its rows. A reader that sees number n therefore sees every committed number below n.
/// </remarks>
public static class ItemChangeTriggers
{
    /// <summary>The advisory lock that orders commits of the change log (PostgreSQL).</summary>
    public const long SealLock = 0x736F6265735F6331; // "sobes_c1"

    private static readonly string[] SqliteCreate =
    [
        Sqlite("insert", "INSERT", "NEW"),
        Sqlite("update", "UPDATE", "NEW"),
        Sqlite("delete", "DELETE", "OLD"),
    ];

    private static readonly string[] PostgresCreate =
    [
        "CREATE SEQUENCE item_changes_seq AS bigint;",
        "CREATE INDEX \"IX_item_changes_unsealed\" ON item_changes (\"Id\") WHERE \"Seq\" IS NULL;",
        """
        CREATE FUNCTION sobes_log_item_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO item_changes ("ItemId") VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD."Id" ELSE NEW."Id" END);
            RETURN NULL;
        END $$;
        """,
        "CREATE TRIGGER item_changes_log AFTER INSERT OR UPDATE OR DELETE ON items FOR EACH ROW EXECUTE FUNCTION sobes_log_item_change();",
        $$"""
        CREATE FUNCTION sobes_seal_item_changes() RETURNS bigint LANGUAGE plpgsql AS $$
        DECLARE first_seq bigint;
        BEGIN
            PERFORM pg_advisory_xact_lock({{SealLock}});
            PERFORM set_config('sobes.item_changes_sealed', '1', true);
            WITH sealed AS (UPDATE item_changes SET "Seq" = nextval('item_changes_seq') WHERE "Seq" IS NULL RETURNING "Seq")
            SELECT min("Seq") INTO first_seq FROM sealed;
            RETURN first_seq;
        END $$;
        """,
        """
        CREATE FUNCTION sobes_seal_item_changes_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF current_setting('sobes.item_changes_sealed', true) IS DISTINCT FROM '1' THEN
                PERFORM sobes_seal_item_changes();
            END IF;
            RETURN NULL;
        END $$;
        """,
        "CREATE CONSTRAINT TRIGGER item_changes_seal AFTER INSERT ON item_changes DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sobes_seal_item_changes_at_commit();",
    ];

    private static readonly string[] SqliteDrop =
        ["DROP TRIGGER IF EXISTS item_changes_on_insert;", "DROP TRIGGER IF EXISTS item_changes_on_update;", "DROP TRIGGER IF EXISTS item_changes_on_delete;"];

    private static readonly string[] PostgresDrop =
    [
        "DROP TRIGGER IF EXISTS item_changes_seal ON item_changes;",
        "DROP TRIGGER IF EXISTS item_changes_log ON items;",
        "DROP FUNCTION IF EXISTS sobes_seal_item_changes_at_commit();",
        "DROP FUNCTION IF EXISTS sobes_seal_item_changes();",
        "DROP FUNCTION IF EXISTS sobes_log_item_change();",
        "DROP SEQUENCE IF EXISTS item_changes_seq;",
    ];

    /// <summary>Creates the triggers (after the <c>item_changes</c> table).</summary>
    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var sql in IsPostgres(migrationBuilder) ? PostgresCreate : SqliteCreate)
        {
            migrationBuilder.Sql(sql);
        }
    }

    /// <summary>Drops them (before the table).</summary>
    public static void Drop(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var sql in IsPostgres(migrationBuilder) ? PostgresDrop : SqliteDrop)
        {
            migrationBuilder.Sql(sql);
        }
    }

    private static bool IsPostgres(MigrationBuilder migrationBuilder) =>
        migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";

    private static string Sqlite(string name, string operation, string row) =>
        $"""
        CREATE TRIGGER item_changes_on_{name} AFTER {operation} ON items BEGIN
            INSERT INTO item_changes ("ItemId", "Seq") SELECT {row}."Id", COALESCE(MAX("Seq"), 0) + 1 FROM item_changes;
        END;
        """;
}
