using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ApplicationChangeSequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ChangeSequence",
                schema: "registration",
                table: "Applications",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "ChangeCounters",
                schema: "registration",
                columns: table => new
                {
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeCounters", x => x.Name);
                });

            // Existing applications take positions in the order of their last change; the counter starts at the last (ADR-0031).
            migrationBuilder.Sql("WITH ranked AS (SELECT [ChangeSequence], ROW_NUMBER() OVER (ORDER BY [UpdatedAt], [Id]) AS [Position] FROM [registration].[Applications]) UPDATE ranked SET [ChangeSequence] = [Position];");
            migrationBuilder.Sql("INSERT INTO [registration].[ChangeCounters] ([Name], [Value]) SELECT N'applications', COALESCE(MAX([ChangeSequence]), 0) FROM [registration].[Applications];");

            migrationBuilder.CreateIndex(
                name: "UX_Applications_ChangeSequence",
                schema: "registration",
                table: "Applications",
                column: "ChangeSequence",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeCounters",
                schema: "registration");

            migrationBuilder.DropIndex(
                name: "UX_Applications_ChangeSequence",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ChangeSequence",
                schema: "registration",
                table: "Applications");
        }
    }
}
