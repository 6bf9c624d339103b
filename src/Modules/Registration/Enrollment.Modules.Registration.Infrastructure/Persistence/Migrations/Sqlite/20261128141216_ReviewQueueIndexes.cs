using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewQueueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_registration_Applications_StudentGraduationSchoolId",
                table: "registration_Applications",
                column: "StudentGraduationSchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_registration_Applications_UpdatedAt",
                table: "registration_Applications",
                column: "UpdatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_registration_Applications_StudentGraduationSchoolId",
                table: "registration_Applications");

            migrationBuilder.DropIndex(
                name: "IX_registration_Applications_UpdatedAt",
                table: "registration_Applications");
        }
    }
}
