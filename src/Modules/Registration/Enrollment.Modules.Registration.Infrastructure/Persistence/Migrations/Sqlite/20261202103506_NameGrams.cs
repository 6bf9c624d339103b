using System;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NameGrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registration_ApplicationNameGrams",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Gram = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_ApplicationNameGrams", x => new { x.ApplicationId, x.Gram });
                    table.ForeignKey(
                        name: "FK_registration_ApplicationNameGrams_registration_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "registration_Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationNameGrams_Gram_ApplicationId",
                table: "registration_ApplicationNameGrams",
                columns: new[] { "Gram", "ApplicationId" });

            // The grams of the applications already in the queue, computed in SQL as the saves compute them (ADR-0049).
            migrationBuilder.Sql(global::Enrollment.Modules.Registration.Infrastructure.Persistence.NameGramBackfill.Insert(DatabaseProvider.Sqlite));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registration_ApplicationNameGrams");
        }
    }
}
