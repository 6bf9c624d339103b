using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Review.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AuditChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Hash",
                schema: "review",
                table: "AuditTrail",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                schema: "review",
                table: "AuditTrail",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                schema: "review",
                table: "AuditTrail",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Lines written before the chain keep their order as their sequence (unchained: no hash; verification counts them apart).
            migrationBuilder.Sql("UPDATE [review].[AuditTrail] SET [Sequence] = [Position];");

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_Sequence",
                schema: "review",
                table: "AuditTrail",
                column: "Sequence",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditTrail_Sequence",
                schema: "review",
                table: "AuditTrail");

            migrationBuilder.DropColumn(
                name: "Hash",
                schema: "review",
                table: "AuditTrail");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                schema: "review",
                table: "AuditTrail");

            migrationBuilder.DropColumn(
                name: "Sequence",
                schema: "review",
                table: "AuditTrail");
        }
    }
}
