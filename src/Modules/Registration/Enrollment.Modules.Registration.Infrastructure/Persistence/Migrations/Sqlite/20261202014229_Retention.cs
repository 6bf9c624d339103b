using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AnonymizedAt",
                table: "registration_Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RetainedGraduationSchoolId",
                table: "registration_Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "registration_RetentionReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlannedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PlannedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DaysAfterSeasonCloses = table.Column<int>(type: "INTEGER", nullable: false),
                    ExecutesAfter = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExecutedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnonymizedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ListedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_RetentionReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_RetentionReportItems",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeasonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_RetentionReportItems", x => new { x.ReportId, x.ApplicationId });
                    table.ForeignKey(
                        name: "FK_registration_RetentionReportItems_registration_RetentionReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "registration_RetentionReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registration_RetentionReportItems_ApplicationId",
                table: "registration_RetentionReportItems",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_registration_RetentionReports_PlannedAt",
                table: "registration_RetentionReports",
                column: "PlannedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registration_RetentionReportItems");

            migrationBuilder.DropTable(
                name: "registration_RetentionReports");

            migrationBuilder.DropColumn(
                name: "AnonymizedAt",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "RetainedGraduationSchoolId",
                table: "registration_Applications");
        }
    }
}
