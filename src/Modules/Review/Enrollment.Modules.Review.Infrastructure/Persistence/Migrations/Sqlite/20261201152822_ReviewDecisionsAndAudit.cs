using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Review.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewDecisionsAndAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "review_AuditTrail",
                columns: table => new
                {
                    Position = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StaffName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_AuditTrail", x => x.Position);
                });

            migrationBuilder.CreateTable(
                name: "review_ReturnDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReturnedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_ReturnDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "review_ReturnReasons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_ReturnReasons", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_review_AuditTrail_ApplicationId_Position",
                table: "review_AuditTrail",
                columns: new[] { "ApplicationId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_review_AuditTrail_Id",
                table: "review_AuditTrail",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_review_AuditTrail_OccurredAt",
                table: "review_AuditTrail",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_review_AuditTrail_StaffId_Position",
                table: "review_AuditTrail",
                columns: new[] { "StaffId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_review_ReturnDecisions_ApplicationId_ReturnedAt",
                table: "review_ReturnDecisions",
                columns: new[] { "ApplicationId", "ReturnedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_review_ReturnReasons_Text",
                table: "review_ReturnReasons",
                column: "Text",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "review_AuditTrail");

            migrationBuilder.DropTable(
                name: "review_ReturnDecisions");

            migrationBuilder.DropTable(
                name: "review_ReturnReasons");
        }
    }
}
