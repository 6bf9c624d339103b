using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ApplicationChangeSequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ChangeSequence",
                table: "registration_Applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "registration_ChangeCounters",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_ChangeCounters", x => x.Name);
                });

            // Existing applications take positions in the order of their last change; the counter starts at the last (ADR-0031).
            migrationBuilder.Sql("UPDATE registration_Applications SET ChangeSequence = ranked.Position FROM (SELECT Id, ROW_NUMBER() OVER (ORDER BY UpdatedAt, Id) AS Position FROM registration_Applications) AS ranked WHERE registration_Applications.Id = ranked.Id;");
            migrationBuilder.Sql("INSERT INTO registration_ChangeCounters (Name, Value) SELECT 'applications', COALESCE(MAX(ChangeSequence), 0) FROM registration_Applications;");

            migrationBuilder.CreateIndex(
                name: "UX_Applications_ChangeSequence",
                table: "registration_Applications",
                column: "ChangeSequence",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registration_ChangeCounters");

            migrationBuilder.DropIndex(
                name: "UX_Applications_ChangeSequence",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "ChangeSequence",
                table: "registration_Applications");
        }
    }
}
