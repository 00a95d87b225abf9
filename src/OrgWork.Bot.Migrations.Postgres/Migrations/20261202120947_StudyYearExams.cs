using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrgWork.Bot.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class StudyYearExams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExamSittings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    LearnerId = table.Column<long>(type: "bigint", nullable: false),
                    ExamSlug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExamTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PassPercent = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DeadlineAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Ending = table.Column<int>(type: "integer", nullable: true),
                    QuestionCount = table.Column<int>(type: "integer", nullable: false),
                    CorrectCount = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: true),
                    Passed = table.Column<bool>(type: "boolean", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamSittings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamSittings_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExamSittings_QuizAttempts_Id",
                        column: x => x.Id,
                        principalTable: "QuizAttempts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExamSittings_EndedAt_DeadlineAt",
                table: "ExamSittings",
                columns: new[] { "EndedAt", "DeadlineAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamSittings_ExamSlug_EndedAt",
                table: "ExamSittings",
                columns: new[] { "ExamSlug", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamSittings_LearnerId_ExamSlug_Number",
                table: "ExamSittings",
                columns: new[] { "LearnerId", "ExamSlug", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExamSittings");
        }
    }
}
