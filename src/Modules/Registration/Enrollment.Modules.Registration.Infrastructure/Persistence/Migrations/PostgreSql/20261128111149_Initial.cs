using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "registration");

            migrationBuilder.CreateTable(
                name: "Applications",
                schema: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SeasonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    GraduationType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    StudentName = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    StudentResidentId = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    StudentLookupKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LockedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Seasons",
                schema: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HomeCountyCode = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: false),
                    OpensAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosesAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    JuniorMiddleEntryWindow_EarliestBirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    JuniorMiddleEntryWindow_LatestBirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PrimaryEntryWindow_EarliestBirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PrimaryEntryWindow_LatestBirthDate = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Seasons", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ParentAccountId_IsDeleted",
                schema: "registration",
                table: "Applications",
                columns: new[] { "ParentAccountId", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "UX_Applications_SeasonId_StudentLookupKey",
                schema: "registration",
                table: "Applications",
                columns: new[] { "SeasonId", "StudentLookupKey" },
                unique: true,
                filter: "\"IsDeleted\" = false AND \"StudentLookupKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt_OccurredAt",
                schema: "registration",
                table: "OutboxMessages",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Seasons_HomeCountyCode_Year",
                schema: "registration",
                table: "Seasons",
                columns: new[] { "HomeCountyCode", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Applications",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "Seasons",
                schema: "registration");
        }
    }
}
