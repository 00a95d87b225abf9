using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OrgWork.Bot.Migrations.Postgres.Migrations
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClassSlug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SessionNumber = table.Column<int>(type: "integer", nullable: false),
                    LearnerId = table.Column<long>(type: "bigint", nullable: false),
                    CheckedInAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Method = table.Column<int>(type: "integer", nullable: false),
                    MarkedById = table.Column<long>(type: "bigint", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClassSlug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LearnerId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    QueuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceSecrets", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "SessionRatings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClassSlug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SessionNumber = table.Column<int>(type: "integer", nullable: false),
                    LearnerId = table.Column<long>(type: "bigint", nullable: false),
                    Stars = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SiteSlug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LearnerId = table.Column<long>(type: "bigint", nullable: false),
                    LocalDate = table.Column<DateOnly>(type: "date", nullable: false),
                    VisitedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
