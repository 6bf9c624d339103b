using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AnonymizedAt",
                schema: "registration",
                table: "Applications",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RetainedGraduationSchoolId",
                schema: "registration",
                table: "Applications",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RetentionReports",
                schema: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlannedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PlannedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DaysAfterSeasonCloses = table.Column<int>(type: "int", nullable: false),
                    ExecutesAfter = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ExecutedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AnonymizedCount = table.Column<int>(type: "int", nullable: false),
                    ListedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RetentionReportItems",
                schema: "registration",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SeasonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionReportItems", x => new { x.ReportId, x.ApplicationId });
                    table.ForeignKey(
                        name: "FK_RetentionReportItems_RetentionReports_ReportId",
                        column: x => x.ReportId,
                        principalSchema: "registration",
                        principalTable: "RetentionReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RetentionReportItems_ApplicationId",
                schema: "registration",
                table: "RetentionReportItems",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionReports_PlannedAt",
                schema: "registration",
                table: "RetentionReports",
                column: "PlannedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RetentionReportItems",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "RetentionReports",
                schema: "registration");

            migrationBuilder.DropColumn(
                name: "AnonymizedAt",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "RetainedGraduationSchoolId",
                schema: "registration",
                table: "Applications");
        }
    }
}
