using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sobes.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CardsSessionIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cards_LearnerId_State_Due",
                table: "cards");

            migrationBuilder.CreateIndex(
                name: "IX_cards_LearnerId_State_Due_Id",
                table: "cards",
                columns: new[] { "LearnerId", "State", "Due", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cards_LearnerId_State_Due_Id",
                table: "cards");

            migrationBuilder.CreateIndex(
                name: "IX_cards_LearnerId_State_Due",
                table: "cards",
                columns: new[] { "LearnerId", "State", "Due" });
        }
    }
}
