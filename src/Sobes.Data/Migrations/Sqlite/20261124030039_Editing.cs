using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sobes.Data.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    OtherItemId = table.Column<long>(type: "INTEGER", nullable: true),
                    ProvenanceId = table.Column<long>(type: "INTEGER", nullable: true),
                    Fields = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Editor = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    BeforeJson = table.Column<string>(type: "TEXT", nullable: false),
                    AfterJson = table.Column<string>(type: "TEXT", nullable: false)
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
