using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sobes.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LearnerFsrs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EasyDays",
                table: "learners",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "FsrsParameters",
                table: "learners",
                type: "character varying(512)",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LoadBalancing",
                table: "learners",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ParametersFittedAt",
                table: "learners",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReviewsAtFit",
                table: "learners",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EasyDays",
                table: "learners");

            migrationBuilder.DropColumn(
                name: "FsrsParameters",
                table: "learners");

            migrationBuilder.DropColumn(
                name: "LoadBalancing",
                table: "learners");

            migrationBuilder.DropColumn(
                name: "ParametersFittedAt",
                table: "learners");

            migrationBuilder.DropColumn(
                name: "ReviewsAtFit",
                table: "learners");
        }
    }
}
