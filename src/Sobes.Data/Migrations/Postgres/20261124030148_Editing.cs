using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sobes.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Editing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "item_edits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemId = table.Column<long>(type: "bigint", nullable: false),
                    Action = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    OtherItemId = table.Column<long>(type: "bigint", nullable: true),
                    ProvenanceId = table.Column<long>(type: "bigint", nullable: true),
                    Fields = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Editor = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    BeforeJson = table.Column<string>(type: "text", nullable: false),
                    AfterJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_item_edits", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_item_edits_ItemId",
                table: "item_edits",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_item_edits_OtherItemId",
                table: "item_edits",
                column: "OtherItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "item_edits");
        }
    }
}
