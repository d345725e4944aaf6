using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sobes.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ItemChangeLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "item_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemId = table.Column<long>(type: "bigint", nullable: false),
                    Seq = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_item_changes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_item_changes_Seq",
                table: "item_changes",
                column: "Seq",
                unique: true);

            // The log is written by triggers, in the transaction of every change to items (see ItemChangeTriggers).
            Sobes.Data.Storage.ItemChangeTriggers.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Sobes.Data.Storage.ItemChangeTriggers.Drop(migrationBuilder);
            migrationBuilder.DropTable(
                name: "item_changes");
        }
    }
}
