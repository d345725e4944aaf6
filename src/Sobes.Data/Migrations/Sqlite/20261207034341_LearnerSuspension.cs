using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sobes.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LearnerSuspension : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SuspendedAt",
                table: "cards",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SuspendedAt",
                table: "cards");
        }
    }
}
