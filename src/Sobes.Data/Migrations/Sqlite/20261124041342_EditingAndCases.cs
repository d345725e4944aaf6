using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sobes.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EditingAndCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_submissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LearnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Case = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Seed = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Mae = table.Column<double>(type: "REAL", nullable: false),
                    Rmse = table.Column<double>(type: "REAL", nullable: false),
                    R2 = table.Column<double>(type: "REAL", nullable: false),
                    Coverage = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_submissions_learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "IX_case_submissions_LearnerId_Case_SubmittedAt",
                table: "case_submissions",
                columns: new[] { "LearnerId", "Case", "SubmittedAt" });

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
                name: "case_submissions");

            migrationBuilder.DropTable(
                name: "item_edits");
        }
    }
}
