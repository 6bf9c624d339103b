using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Wizard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "JuniorMiddleEntryWindow_CutOff",
                schema: "registration",
                table: "Seasons",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "JuniorMiddleEntryWindow_FullYears",
                schema: "registration",
                table: "Seasons",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OverAgeMayBeConfirmed",
                schema: "registration",
                table: "Seasons",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PrimaryEntryWindow_CutOff",
                schema: "registration",
                table: "Seasons",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PrimaryEntryWindow_FullYears",
                schema: "registration",
                table: "Seasons",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResidencePermitValidOn",
                schema: "registration",
                table: "Seasons",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SocialInsuranceFrom",
                schema: "registration",
                table: "Seasons",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SocialInsuranceTo",
                schema: "registration",
                table: "Seasons",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "UrbanTownCodes",
                schema: "registration",
                table: "Seasons",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeletedAt",
                schema: "registration",
                table: "Applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FatherAddressDetail",
                schema: "registration",
                table: "Applications",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FatherMobile",
                schema: "registration",
                table: "Applications",
                type: "character varying(11)",
                maxLength: 11,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FatherName",
                schema: "registration",
                table: "Applications",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FatherRegionCode",
                schema: "registration",
                table: "Applications",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FatherRegionName",
                schema: "registration",
                table: "Applications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FatherResidentId",
                schema: "registration",
                table: "Applications",
                type: "character varying(18)",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholdAddressDetail",
                schema: "registration",
                table: "Applications",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholdCommunity",
                schema: "registration",
                table: "Applications",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholdGuardianOnSameBooklet",
                schema: "registration",
                table: "Applications",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholdRegionCode",
                schema: "registration",
                table: "Applications",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholdRegionName",
                schema: "registration",
                table: "Applications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholdType",
                schema: "registration",
                table: "Applications",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholderName",
                schema: "registration",
                table: "Applications",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholderRelation",
                schema: "registration",
                table: "Applications",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholderResidentId",
                schema: "registration",
                table: "Applications",
                type: "character varying(18)",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MotherAddressDetail",
                schema: "registration",
                table: "Applications",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MotherMobile",
                schema: "registration",
                table: "Applications",
                type: "character varying(11)",
                maxLength: 11,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MotherName",
                schema: "registration",
                table: "Applications",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MotherRegionCode",
                schema: "registration",
                table: "Applications",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MotherRegionName",
                schema: "registration",
                table: "Applications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MotherResidentId",
                schema: "registration",
                table: "Applications",
                type: "character varying(18)",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "ReturnReasons",
                schema: "registration",
                table: "Applications",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<string>(
                name: "StudentBirthCertificateNumber",
                schema: "registration",
                table: "Applications",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StudentEthnicityCode",
                schema: "registration",
                table: "Applications",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StudentFormerName",
                schema: "registration",
                table: "Applications",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "StudentGraduationClassId",
                schema: "registration",
                table: "Applications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "StudentGraduationSchoolId",
                schema: "registration",
                table: "Applications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StudentOverAgeConfirmed",
                schema: "registration",
                table: "Applications",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SubmittedAt",
                schema: "registration",
                table: "Applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "registration",
                table: "Applications",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Schools",
                schema: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SeasonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IsScattered = table.Column<bool>(type: "boolean", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Schools", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SchoolClasses",
                schema: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolClasses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolClasses_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalSchema: "registration",
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SchoolClasses_SchoolId",
                schema: "registration",
                table: "SchoolClasses",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Schools_SeasonId_Name",
                schema: "registration",
                table: "Schools",
                columns: new[] { "SeasonId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SchoolClasses",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "Schools",
                schema: "registration");

            migrationBuilder.DropColumn(
                name: "JuniorMiddleEntryWindow_CutOff",
                schema: "registration",
                table: "Seasons");

            migrationBuilder.DropColumn(
                name: "JuniorMiddleEntryWindow_FullYears",
                schema: "registration",
                table: "Seasons");

            migrationBuilder.DropColumn(
                name: "OverAgeMayBeConfirmed",
                schema: "registration",
                table: "Seasons");

            migrationBuilder.DropColumn(
                name: "PrimaryEntryWindow_CutOff",
                schema: "registration",
                table: "Seasons");

            migrationBuilder.DropColumn(
                name: "PrimaryEntryWindow_FullYears",
                schema: "registration",
                table: "Seasons");

            migrationBuilder.DropColumn(
                name: "ResidencePermitValidOn",
                schema: "registration",
                table: "Seasons");

            migrationBuilder.DropColumn(
                name: "SocialInsuranceFrom",
                schema: "registration",
                table: "Seasons");

            migrationBuilder.DropColumn(
                name: "SocialInsuranceTo",
                schema: "registration",
                table: "Seasons");

            migrationBuilder.DropColumn(
                name: "UrbanTownCodes",
                schema: "registration",
                table: "Seasons");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "FatherAddressDetail",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "FatherMobile",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "FatherName",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "FatherRegionCode",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "FatherRegionName",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "FatherResidentId",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "HouseholdAddressDetail",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "HouseholdCommunity",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "HouseholdGuardianOnSameBooklet",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "HouseholdRegionCode",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "HouseholdRegionName",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "HouseholdType",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "HouseholderName",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "HouseholderRelation",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "HouseholderResidentId",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "MotherAddressDetail",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "MotherMobile",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "MotherName",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "MotherRegionCode",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "MotherRegionName",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "MotherResidentId",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ReturnReasons",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StudentBirthCertificateNumber",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StudentEthnicityCode",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StudentFormerName",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StudentGraduationClassId",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StudentGraduationSchoolId",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StudentOverAgeConfirmed",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                schema: "registration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "registration",
                table: "Applications");
        }
    }
}
