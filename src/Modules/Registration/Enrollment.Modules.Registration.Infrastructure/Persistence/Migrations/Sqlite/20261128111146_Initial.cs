using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registration_Applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeasonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GraduationType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    StudentName = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    StudentResidentId = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    StudentLookupKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_Applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_Seasons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HomeCountyCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: false),
                    OpensAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosesAt = table.Column<long>(type: "INTEGER", nullable: false),
                    JuniorMiddleEntryWindow_EarliestBirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    JuniorMiddleEntryWindow_LatestBirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PrimaryEntryWindow_EarliestBirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PrimaryEntryWindow_LatestBirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_Seasons", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registration_Applications_ParentAccountId_IsDeleted",
                table: "registration_Applications",
                columns: new[] { "ParentAccountId", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "UX_Applications_SeasonId_StudentLookupKey",
                table: "registration_Applications",
                columns: new[] { "SeasonId", "StudentLookupKey" },
                unique: true,
                filter: "\"IsDeleted\" = 0 AND \"StudentLookupKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_registration_OutboxMessages_ProcessedAt_OccurredAt",
                table: "registration_OutboxMessages",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_registration_Seasons_HomeCountyCode_Year",
                table: "registration_Seasons",
                columns: new[] { "HomeCountyCode", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registration_Applications");

            migrationBuilder.DropTable(
                name: "registration_OutboxMessages");

            migrationBuilder.DropTable(
                name: "registration_Seasons");
        }
    }
}
