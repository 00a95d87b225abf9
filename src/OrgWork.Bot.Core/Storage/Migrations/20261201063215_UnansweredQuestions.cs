using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrgWork.Bot.Core.Storage.Migrations
{
    /// <inheritdoc />
    public partial class UnansweredQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UnansweredQuestions",
                columns: table => new
                {
                    NormalizedText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstAskedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastAskedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnansweredQuestions", x => x.NormalizedText);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UnansweredQuestions_Count",
                table: "UnansweredQuestions",
                column: "Count");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UnansweredQuestions");
        }
    }
}
