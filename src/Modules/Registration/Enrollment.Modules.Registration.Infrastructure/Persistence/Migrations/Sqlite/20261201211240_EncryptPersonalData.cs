using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EncryptPersonalData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FatherResidentIdIndex",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 48,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MotherResidentIdIndex",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 48,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_registration_Applications_FatherResidentIdIndex",
                table: "registration_Applications",
                column: "FatherResidentIdIndex");

            migrationBuilder.CreateIndex(
                name: "IX_registration_Applications_MotherResidentIdIndex",
                table: "registration_Applications",
                column: "MotherResidentIdIndex");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_registration_Applications_FatherResidentIdIndex",
                table: "registration_Applications");

            migrationBuilder.DropIndex(
                name: "IX_registration_Applications_MotherResidentIdIndex",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "FatherResidentIdIndex",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "MotherResidentIdIndex",
                table: "registration_Applications");
        }
    }
}
