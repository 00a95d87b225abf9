using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrgWork.Bot.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SharedFloodControl : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FloodWindows",
                columns: table => new
                {
                    UserId = table.Column<long>(type: "bigint", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FloodWindows", x => x.UserId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FloodWindows");
        }
    }
}
