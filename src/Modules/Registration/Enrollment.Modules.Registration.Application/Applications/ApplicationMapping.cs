using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Students;

namespace Enrollment.Modules.Registration.Application.Applications;

// Hand-written, not Mapster (ADR 0019): missing pages, Chinese names and the school from a second aggregate are logic.
internal static class ApplicationMapping
{
    public static string Chinese(this GraduationType graduationType) =>
        graduationType == GraduationType.KindergartenGraduate ? "幼儿园毕业生" : "小学毕业生";

    public static ApplicationDto ToDto(this StudentApplication application, School? school = null)
    {
        var missing = application.MissingPages();
        return new ApplicationDto(
            application.Id.Value,
            application.SeasonId.Value,
            application.GraduationType.ToString(),
            application.GraduationType.Chinese(),
            application.Status.ToString(),
            application.Status.Chinese(),
            application.Version,
            application.Student?.ToDto(school),
            new GuardiansDto(application.Father?.ToDto(), application.Mother?.ToDto()),
            application.Household?.ToDto(),
            new PagesDto(application.IsStudentComplete, application.IsGuardiansComplete, application.IsHouseholdComplete, missing.Count == 0, missing),
            application.ReturnReasons,
            application.SubmittedAt,
            application.CreatedAt,
            application.UpdatedAt);
    }

    public static ApplicationSummaryDto ToSummary(this StudentApplication application) => new(
        application.Id.Value,
        application.Student?.Name.Value,
        application.GraduationType.ToString(),
        application.GraduationType.Chinese(),
        application.Status.ToString(),
        application.Status.Chinese(),
        application.UpdatedAt,
        application.ReturnReasons,
        application.Version);

    public static StudentDto ToDto(this Student student, School? school) => new(
        student.Name.Value,
        student.ResidentId.Value,
        student.Gender.ToString(),
        student.BirthDate,
        student.FormerName?.Value,
        student.EthnicityCode,
        Ethnicity.Find(student.EthnicityCode)?.Name,
        student.GraduationSchoolId,
        school is not null && school.Id.Value == student.GraduationSchoolId ? school.Name : null,
        student.GraduationClassId,
        school?.ClassName(student.GraduationClassId),
        student.BirthCertificateNumber?.Value,
        student.OverAgeConfirmed);

    public static GuardianDto ToDto(this Guardian guardian) => new(
        guardian.Name.Value, guardian.ResidentId.Value, guardian.Mobile, guardian.RegionCode, guardian.RegionName, guardian.AddressDetail);

    public static HouseholdDto ToDto(this HouseholdRegistration household) => new(
        household.Type.ToString(),
        household.RegionCode,
        household.RegionName,
        household.AddressDetail,
        household.Community,
        new HouseholderDto(household.HouseholderName.Value, household.HouseholderResidentId.Value, household.RelationToHouseholder),
        household.GuardianOnSameBooklet?.ToString());
}
