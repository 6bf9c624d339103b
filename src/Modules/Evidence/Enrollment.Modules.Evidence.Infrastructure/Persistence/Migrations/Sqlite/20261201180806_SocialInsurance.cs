using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Evidence.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SocialInsurance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "evidence_social_insurance_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    FileKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RowsRead = table.Column<int>(type: "INTEGER", nullable: false),
                    Accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    NewRecords = table.Column<int>(type: "INTEGER", nullable: false),
                    Refused = table.Column<int>(type: "INTEGER", nullable: false),
                    Failure = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    QueuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evidence_social_insurance_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evidence_social_insurance_outcomes",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Parent = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ResidentId = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MissingMonths = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    EmployeeMonths = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ResidentMonths = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    CheckedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evidence_social_insurance_outcomes", x => new { x.ApplicationId, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "evidence_social_insurance_records",
                columns: table => new
                {
                    ResidentId = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evidence_social_insurance_records", x => new { x.ResidentId, x.Month, x.Type });
                });

            migrationBuilder.CreateTable(
                name: "evidence_social_insurance_import_refusals",
                columns: table => new
                {
                    Row = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evidence_social_insurance_import_refusals", x => new { x.ImportId, x.Row });
                    table.ForeignKey(
                        name: "FK_evidence_social_insurance_import_refusals_evidence_social_insurance_imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "evidence_social_insurance_imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_social_insurance_imports_content_hash",
                table: "evidence_social_insurance_imports",
                column: "ContentHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evidence_social_insurance_records_ImportId",
                table: "evidence_social_insurance_records",
                column: "ImportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "evidence_social_insurance_import_refusals");

            migrationBuilder.DropTable(
                name: "evidence_social_insurance_outcomes");

            migrationBuilder.DropTable(
                name: "evidence_social_insurance_records");

            migrationBuilder.DropTable(
                name: "evidence_social_insurance_imports");
        }
    }
}
