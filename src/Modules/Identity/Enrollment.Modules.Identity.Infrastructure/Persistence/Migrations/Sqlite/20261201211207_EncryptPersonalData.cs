using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Identity.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EncryptPersonalData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The send throttle's slots of the last minutes keyed by a plaintext phone: dropped (ADR-0029); new ones keep
            // only the phone's blind index. Nothing else is lost: a slot only delays the next code.
            migrationBuilder.Sql("DELETE FROM \"identity_SmsSendSlots\" WHERE \"Key\" LIKE 'phone:%' AND \"Key\" NOT LIKE 'phone:bi1:%';");

            migrationBuilder.DropIndex(
                name: "IX_identity_PhoneVerifications_Phone_SentAt",
                table: "identity_PhoneVerifications");

            migrationBuilder.AddColumn<string>(
                name: "PhoneIndex",
                table: "identity_PhoneVerifications",
                type: "TEXT",
                maxLength: 48,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_identity_PhoneVerifications_PhoneIndex_SentAt",
                table: "identity_PhoneVerifications",
                columns: new[] { "PhoneIndex", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_identity_PhoneVerifications_PhoneIndex_SentAt",
                table: "identity_PhoneVerifications");

            migrationBuilder.DropColumn(
                name: "PhoneIndex",
                table: "identity_PhoneVerifications");

            migrationBuilder.CreateIndex(
                name: "IX_identity_PhoneVerifications_Phone_SentAt",
                table: "identity_PhoneVerifications",
                columns: new[] { "Phone", "SentAt" });
        }
    }
}
