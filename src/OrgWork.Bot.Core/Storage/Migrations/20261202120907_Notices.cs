using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrgWork.Bot.Core.Storage.Migrations
{
    /// <inheritdoc />
    public partial class Notices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Notices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SenderId = table.Column<long>(type: "INTEGER", nullable: true),
                    BranchId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notices_Branches_BranchId",
                        column: x => x.BranchId,
                        principalTable: "Branches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "NoticeRecipients",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NoticeId = table.Column<long>(type: "INTEGER", nullable: false),
                    LearnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    ViaTelegram = table.Column<bool>(type: "INTEGER", nullable: false),
                    TelegramDeliveredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TelegramAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    TelegramClaimedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TelegramClaim = table.Column<Guid>(type: "TEXT", nullable: true),
                    WebShownAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TerminalShownAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeRecipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NoticeRecipients_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NoticeRecipients_Notices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "Notices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NoticeRecipients_LearnerId_ReadAt",
                table: "NoticeRecipients",
                columns: new[] { "LearnerId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_NoticeRecipients_NoticeId_LearnerId",
                table: "NoticeRecipients",
                columns: new[] { "NoticeId", "LearnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NoticeRecipients_ViaTelegram_TelegramDeliveredAt_TelegramClaimedUntil",
                table: "NoticeRecipients",
                columns: new[] { "ViaTelegram", "TelegramDeliveredAt", "TelegramClaimedUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_Notices_BranchId",
                table: "Notices",
                column: "BranchId");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_CreatedAt",
                table: "Notices",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_Key",
                table: "Notices",
                column: "Key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NoticeRecipients");

            migrationBuilder.DropTable(
                name: "Notices");
        }
    }
}
