using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Enrollment.Modules.Review.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ReviewDecisionsAndAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditTrail",
                schema: "review",
                columns: table => new
                {
                    Position = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    StaffName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ClientAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Detail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditTrail", x => x.Position);
                });

            migrationBuilder.CreateTable(
                name: "ReturnDecisions",
                schema: "review",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReturnedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reasons = table.Column<string>(type: "text", nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReturnDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReturnReasons",
                schema: "review",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReturnReasons", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_ApplicationId_Position",
                schema: "review",
                table: "AuditTrail",
                columns: new[] { "ApplicationId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_Id",
                schema: "review",
                table: "AuditTrail",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_OccurredAt",
                schema: "review",
                table: "AuditTrail",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_StaffId_Position",
                schema: "review",
                table: "AuditTrail",
                columns: new[] { "StaffId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnDecisions_ApplicationId_ReturnedAt",
                schema: "review",
                table: "ReturnDecisions",
                columns: new[] { "ApplicationId", "ReturnedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnReasons_Text",
                schema: "review",
                table: "ReturnReasons",
                column: "Text",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditTrail",
                schema: "review");

            migrationBuilder.DropTable(
                name: "ReturnDecisions",
                schema: "review");

            migrationBuilder.DropTable(
                name: "ReturnReasons",
                schema: "review");
        }
    }
}
