using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Identity.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class EncryptPersonalData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The send throttle's slots of the last minutes keyed by a plaintext phone: dropped (ADR-0029); new ones keep
            // only the phone's blind index. Nothing else is lost: a slot only delays the next code.
            migrationBuilder.Sql("DELETE FROM \"identity\".\"SmsSendSlots\" WHERE \"Key\" LIKE 'phone:%' AND \"Key\" NOT LIKE 'phone:bi1:%';");

            migrationBuilder.DropIndex(
                name: "IX_PhoneVerifications_Phone_SentAt",
                schema: "identity",
                table: "PhoneVerifications");

            migrationBuilder.AlterColumn<string>(
                name: "Phone",
                schema: "identity",
                table: "PhoneVerifications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(11)",
                oldMaxLength: 11);

            migrationBuilder.AddColumn<string>(
                name: "PhoneIndex",
                schema: "identity",
                table: "PhoneVerifications",
                type: "character varying(48)",
                maxLength: 48,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Phone",
                schema: "identity",
                table: "ParentAccounts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(11)",
                oldMaxLength: 11,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PhoneVerifications_PhoneIndex_SentAt",
                schema: "identity",
                table: "PhoneVerifications",
                columns: new[] { "PhoneIndex", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PhoneVerifications_PhoneIndex_SentAt",
                schema: "identity",
                table: "PhoneVerifications");

            migrationBuilder.DropColumn(
                name: "PhoneIndex",
                schema: "identity",
                table: "PhoneVerifications");

            migrationBuilder.AlterColumn<string>(
                name: "Phone",
                schema: "identity",
                table: "PhoneVerifications",
                type: "character varying(11)",
                maxLength: 11,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Phone",
                schema: "identity",
                table: "ParentAccounts",
                type: "character varying(11)",
                maxLength: 11,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PhoneVerifications_Phone_SentAt",
                schema: "identity",
                table: "PhoneVerifications",
                columns: new[] { "Phone", "SentAt" });
        }
    }
}
