using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Review.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "review_AuditTrail",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "review_AuditTrail",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "review_AuditTrail",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Lines written before the chain keep their order as their sequence (unchained: no hash; verification counts them apart).
            migrationBuilder.Sql("UPDATE \"review_AuditTrail\" SET \"Sequence\" = \"Position\";");

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_Sequence",
                table: "review_AuditTrail",
                column: "Sequence",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditTrail_Sequence",
                table: "review_AuditTrail");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "review_AuditTrail");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "review_AuditTrail");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "review_AuditTrail");
        }
    }
}
