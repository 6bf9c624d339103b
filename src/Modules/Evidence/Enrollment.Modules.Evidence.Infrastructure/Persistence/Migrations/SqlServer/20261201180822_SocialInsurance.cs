using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Evidence.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SocialInsurance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "social_insurance_imports",
                schema: "evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    ContentHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Format = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    FileKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    RowsRead = table.Column<int>(type: "int", nullable: false),
                    Accepted = table.Column<int>(type: "int", nullable: false),
                    NewRecords = table.Column<int>(type: "int", nullable: false),
                    Refused = table.Column<int>(type: "int", nullable: false),
                    Failure = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    QueuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_social_insurance_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "social_insurance_outcomes",
                schema: "evidence",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Parent = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    ResidentId = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Result = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    MissingMonths = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    EmployeeMonths = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    ResidentMonths = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    CheckedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_social_insurance_outcomes", x => new { x.ApplicationId, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "social_insurance_records",
                schema: "evidence",
                columns: table => new
                {
                    ResidentId = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Employer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ImportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_social_insurance_records", x => new { x.ResidentId, x.Month, x.Type });
                });

            migrationBuilder.CreateTable(
                name: "social_insurance_import_refusals",
                schema: "evidence",
                columns: table => new
                {
                    Row = table.Column<int>(type: "int", nullable: false),
                    ImportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_social_insurance_import_refusals", x => new { x.ImportId, x.Row });
                    table.ForeignKey(
                        name: "FK_social_insurance_import_refusals_social_insurance_imports_ImportId",
                        column: x => x.ImportId,
                        principalSchema: "evidence",
                        principalTable: "social_insurance_imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_social_insurance_imports_content_hash",
                schema: "evidence",
                table: "social_insurance_imports",
                column: "ContentHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_social_insurance_records_ImportId",
                schema: "evidence",
                table: "social_insurance_records",
                column: "ImportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "social_insurance_import_refusals",
                schema: "evidence");

            migrationBuilder.DropTable(
                name: "social_insurance_outcomes",
                schema: "evidence");

            migrationBuilder.DropTable(
                name: "social_insurance_records",
                schema: "evidence");

            migrationBuilder.DropTable(
                name: "social_insurance_imports",
                schema: "evidence");
        }
    }
}
