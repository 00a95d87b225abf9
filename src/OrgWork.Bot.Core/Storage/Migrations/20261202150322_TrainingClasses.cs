using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrgWork.Bot.Core.Storage.Migrations
{
    /// <inheritdoc />
    public partial class TrainingClasses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Attendances",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClassSlug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SessionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    LearnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    CheckedInAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    MarkedById = table.Column<long>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attendances_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Enrolments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClassSlug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LearnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    QueuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enrolments_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceSecrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceSecrets", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "SessionRatings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClassSlug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SessionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    LearnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Stars = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionRatings_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SiteVisits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteSlug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LearnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    LocalDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VisitedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SiteVisits_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attendances_ClassSlug_SessionNumber_LearnerId",
                table: "Attendances",
                columns: new[] { "ClassSlug", "SessionNumber", "LearnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attendances_LearnerId",
                table: "Attendances",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_ClassSlug_LearnerId",
                table: "Enrolments",
                columns: new[] { "ClassSlug", "LearnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_ClassSlug_Status_QueuedAt",
                table: "Enrolments",
                columns: new[] { "ClassSlug", "Status", "QueuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_LearnerId",
                table: "Enrolments",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionRatings_ClassSlug_SessionNumber_LearnerId",
                table: "SessionRatings",
                columns: new[] { "ClassSlug", "SessionNumber", "LearnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionRatings_LearnerId",
                table: "SessionRatings",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_SiteVisits_LearnerId",
                table: "SiteVisits",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_SiteVisits_SiteSlug_LearnerId_LocalDate",
                table: "SiteVisits",
                columns: new[] { "SiteSlug", "LearnerId", "LocalDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SiteVisits_SiteSlug_LocalDate",
                table: "SiteVisits",
                columns: new[] { "SiteSlug", "LocalDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attendances");

            migrationBuilder.DropTable(
                name: "Enrolments");

            migrationBuilder.DropTable(
                name: "ServiceSecrets");

            migrationBuilder.DropTable(
                name: "SessionRatings");

            migrationBuilder.DropTable(
                name: "SiteVisits");
        }
    }
}
