using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sobes.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LibraryOwnership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DeletedAt",
                table: "sources",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DeletedAt",
                table: "items",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PostedAt",
                table: "items",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReviewDismissedAt",
                table: "items",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SourceId",
                table: "item_edits",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_items_PostedAt",
                table: "items",
                column: "PostedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_items_PostedAt",
                table: "items");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "sources");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "items");

            migrationBuilder.DropColumn(
                name: "PostedAt",
                table: "items");

            migrationBuilder.DropColumn(
                name: "ReviewDismissedAt",
                table: "items");

            migrationBuilder.DropColumn(
                name: "SourceId",
                table: "item_edits");
        }
    }
}
