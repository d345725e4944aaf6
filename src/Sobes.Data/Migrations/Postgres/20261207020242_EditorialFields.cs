using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sobes.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EditorialFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "NeedsAnswer",
                table: "items",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ShapeJson",
                table: "items",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TitleInferred",
                table: "items",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NeedsAnswer",
                table: "items");

            migrationBuilder.DropColumn(
                name: "ShapeJson",
                table: "items");

            migrationBuilder.DropColumn(
                name: "TitleInferred",
                table: "items");
        }
    }
}
