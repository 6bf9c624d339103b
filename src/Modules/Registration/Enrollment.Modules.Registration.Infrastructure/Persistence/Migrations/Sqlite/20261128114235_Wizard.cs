using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Wizard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "JuniorMiddleEntryWindow_CutOff",
                table: "registration_Seasons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "JuniorMiddleEntryWindow_FullYears",
                table: "registration_Seasons",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OverAgeMayBeConfirmed",
                table: "registration_Seasons",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PrimaryEntryWindow_CutOff",
                table: "registration_Seasons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PrimaryEntryWindow_FullYears",
                table: "registration_Seasons",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResidencePermitValidOn",
                table: "registration_Seasons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SocialInsuranceFrom",
                table: "registration_Seasons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SocialInsuranceTo",
                table: "registration_Seasons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UrbanTownCodes",
                table: "registration_Seasons",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<long>(
                name: "DeletedAt",
                table: "registration_Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FatherAddressDetail",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FatherMobile",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 11,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FatherName",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FatherRegionCode",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FatherRegionName",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FatherResidentId",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholdAddressDetail",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholdCommunity",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholdGuardianOnSameBooklet",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholdRegionCode",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholdRegionName",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholdType",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholderName",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholderRelation",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholderResidentId",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MotherAddressDetail",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MotherMobile",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 11,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MotherName",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MotherRegionCode",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MotherRegionName",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MotherResidentId",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReturnReasons",
                table: "registration_Applications",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "StudentBirthCertificateNumber",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StudentEthnicityCode",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StudentFormerName",
                table: "registration_Applications",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "StudentGraduationClassId",
                table: "registration_Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "StudentGraduationSchoolId",
                table: "registration_Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StudentOverAgeConfirmed",
                table: "registration_Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SubmittedAt",
                table: "registration_Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "registration_Applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "registration_Schools",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeasonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsScattered = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_Schools", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_SchoolClasses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_SchoolClasses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registration_SchoolClasses_registration_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "registration_Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registration_SchoolClasses_SchoolId",
                table: "registration_SchoolClasses",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_registration_Schools_SeasonId_Name",
                table: "registration_Schools",
                columns: new[] { "SeasonId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registration_SchoolClasses");

            migrationBuilder.DropTable(
                name: "registration_Schools");

            migrationBuilder.DropColumn(
                name: "JuniorMiddleEntryWindow_CutOff",
                table: "registration_Seasons");

            migrationBuilder.DropColumn(
                name: "JuniorMiddleEntryWindow_FullYears",
                table: "registration_Seasons");

            migrationBuilder.DropColumn(
                name: "OverAgeMayBeConfirmed",
                table: "registration_Seasons");

            migrationBuilder.DropColumn(
                name: "PrimaryEntryWindow_CutOff",
                table: "registration_Seasons");

            migrationBuilder.DropColumn(
                name: "PrimaryEntryWindow_FullYears",
                table: "registration_Seasons");

            migrationBuilder.DropColumn(
                name: "ResidencePermitValidOn",
                table: "registration_Seasons");

            migrationBuilder.DropColumn(
                name: "SocialInsuranceFrom",
                table: "registration_Seasons");

            migrationBuilder.DropColumn(
                name: "SocialInsuranceTo",
                table: "registration_Seasons");

            migrationBuilder.DropColumn(
                name: "UrbanTownCodes",
                table: "registration_Seasons");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "FatherAddressDetail",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "FatherMobile",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "FatherName",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "FatherRegionCode",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "FatherRegionName",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "FatherResidentId",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "HouseholdAddressDetail",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "HouseholdCommunity",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "HouseholdGuardianOnSameBooklet",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "HouseholdRegionCode",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "HouseholdRegionName",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "HouseholdType",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "HouseholderName",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "HouseholderRelation",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "HouseholderResidentId",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "MotherAddressDetail",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "MotherMobile",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "MotherName",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "MotherRegionCode",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "MotherRegionName",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "MotherResidentId",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "ReturnReasons",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "StudentBirthCertificateNumber",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "StudentEthnicityCode",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "StudentFormerName",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "StudentGraduationClassId",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "StudentGraduationSchoolId",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "StudentOverAgeConfirmed",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "registration_Applications");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "registration_Applications");
        }
    }
}
