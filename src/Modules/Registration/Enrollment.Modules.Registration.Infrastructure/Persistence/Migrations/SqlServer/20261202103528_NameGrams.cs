using System;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class NameGrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApplicationNameGrams",
                schema: "registration",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Gram = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: false, collation: "Latin1_General_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationNameGrams", x => new { x.ApplicationId, x.Gram });
                    table.ForeignKey(
                        name: "FK_ApplicationNameGrams_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "registration",
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationNameGrams_Gram_ApplicationId",
                schema: "registration",
                table: "ApplicationNameGrams",
                columns: new[] { "Gram", "ApplicationId" });

            // The grams of the applications already in the queue, computed in SQL as the saves compute them (ADR-0049).
            migrationBuilder.Sql(global::Enrollment.Modules.Registration.Infrastructure.Persistence.NameGramBackfill.Insert(DatabaseProvider.SqlServer));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApplicationNameGrams",
                schema: "registration");
        }
    }
}
