using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReviewQueueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Applications_StudentGraduationSchoolId",
                schema: "registration",
                table: "Applications",
                column: "StudentGraduationSchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_UpdatedAt",
                schema: "registration",
                table: "Applications",
                column: "UpdatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_StudentGraduationSchoolId",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_UpdatedAt",
                schema: "registration",
                table: "Applications");
        }
    }
}
