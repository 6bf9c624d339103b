using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Evidence.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EncryptPersonalData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQL Server does not widen a column of a primary key in place.
            migrationBuilder.DropPrimaryKey(
                name: "PK_social_insurance_records",
                schema: "evidence",
                table: "social_insurance_records");

            migrationBuilder.AlterColumn<string>(
                name: "ResidentId",
                schema: "evidence",
                table: "social_insurance_records",
                type: "nvarchar(48)",
                maxLength: 48,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(18)",
                oldMaxLength: 18);

            migrationBuilder.AddPrimaryKey(
                name: "PK_social_insurance_records",
                schema: "evidence",
                table: "social_insurance_records",
                columns: new[] { "ResidentId", "Month", "Type" });

            migrationBuilder.AlterColumn<string>(
                name: "ResidentId",
                schema: "evidence",
                table: "social_insurance_outcomes",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(18)",
                oldMaxLength: 18);

            migrationBuilder.AlterColumn<string>(
                name: "Fields",
                schema: "evidence",
                table: "evidence_pages",
                type: "nvarchar(max)",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "ResidentId",
                schema: "evidence",
                table: "social_insurance_records",
                type: "nvarchar(18)",
                maxLength: 18,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(48)",
                oldMaxLength: 48);

            migrationBuilder.AlterColumn<string>(
                name: "ResidentId",
                schema: "evidence",
                table: "social_insurance_outcomes",
                type: "nvarchar(18)",
                maxLength: 18,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Fields",
                schema: "evidence",
                table: "evidence_pages",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(max)",
                oldNullable: true);
        }
    }
}
