using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QueueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The reviewers' queue's partial covering indexes (ADR-0042); not in the model: they mix the student's columns with the application's.
            foreach (var sql in global::Enrollment.Modules.Registration.Infrastructure.Persistence.QueueIndexes.Create(DatabaseProvider.Sqlite))
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.CreateIndex(
                name: "IX_Applications_StudentLookupKey",
                table: "registration_Applications",
                column: "StudentLookupKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in global::Enrollment.Modules.Registration.Infrastructure.Persistence.QueueIndexes.Drop(DatabaseProvider.Sqlite))
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.DropIndex(
                name: "IX_Applications_StudentLookupKey",
                table: "registration_Applications");
        }
    }
}
