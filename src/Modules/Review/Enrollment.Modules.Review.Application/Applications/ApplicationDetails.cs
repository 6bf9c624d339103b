using Enrollment.BuildingBlocks.Domain.PersonalData;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Review.Domain.Decisions;
using Enrollment.Modules.Review.Domain.Fields;

namespace Enrollment.Modules.Review.Application.Applications;

/// <summary>
/// A submitted application as staff or an integrator reads it: resident IDs, phones and certificate
/// numbers masked unless <see cref="PersonalDataMasked"/> is false; detailed addresses null when left out.
/// </summary>
public sealed record ApplicationDetailsDto(
    Guid Id,
    Guid SeasonId,
    string GraduationType,
    string GraduationTypeText,
    string Status,
    string StatusText,
    int Version,
    StudentDetailsDto Student,
    GuardiansDetailsDto Guardians,
    HouseholdDetailsDto? Household,
    IReadOnlyList<string> ReturnReasons,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    bool PersonalDataMasked)
{
    /// <summary>Reviewers only: the field reasons of the last return (有误), empty when never returned.</summary>
    public IReadOnlyList<ReturnedFieldDto> ReturnedFields { get; init; } = [];

    /// <summary>Reviewers only: when the last return was made.</summary>
    public DateTimeOffset? ReturnedAt { get; init; }

    /// <summary>
    /// Reviewers only: after a return and the parent's resubmission, each field whose value differs from the
    /// one returned (old → new, masked as the detail is). Empty before any return and while still returned.
    /// </summary>
    public IReadOnlyList<FieldChange> ChangesSinceReturn { get; init; } = [];

    /// <summary>
    /// Reviewers only: pages 5–11 in page order (saved with their fields, skipped, or not answered) with their
    /// certificate photos; null for integrators.
    /// </summary>
    public IReadOnlyList<ReviewEvidencePageDto>? Evidence { get; init; }

    /// <summary>Reviewers only: the automatic pre-checks, each with its outcome and reason; null for integrators.</summary>
    public IReadOnlyList<PreChecks.PreCheckDto>? PreChecks { get; init; }

    /// <summary>Reviewers only: `Failed` when any pre-check failed, else `NotChecked` when one could not be made, else `Passed`.</summary>
    public string? PreCheckOutcome { get; init; }
}

/// <summary>One reason of a return: page and field (as the API names them), the reason of the admin's list, the reviewer's note.</summary>
public sealed record ReturnedFieldDto(string Page, string Field, string PageLabel, string FieldLabel, Guid ReasonId, string Reason, string? Note, string Text);

/// <param name="BirthDate">The full date only where the resident ID is shown unmasked; null otherwise (see <see cref="Disclosed"/>).</param>
/// <param name="BirthYear">The year of birth, for every reader.</param>
public sealed record StudentDetailsDto(
    string Name,
    string ResidentId,
    string Gender,
    DateOnly? BirthDate,
    int BirthYear,
    string? FormerName,
    string? EthnicityCode,
    string? EthnicityName,
    Guid GraduationSchoolId,
    string? GraduationSchoolName,
    Guid GraduationClassId,
    string? GraduationClassName,
    string? BirthCertificateNumber,
    bool OverAgeConfirmed);

public sealed record GuardiansDetailsDto(GuardianDetailsDto? Father, GuardianDetailsDto? Mother);

/// <param name="AddressDetail">户口簿地址 after the region; null when left out.</param>
public sealed record GuardianDetailsDto(string Name, string ResidentId, string Mobile, string RegionCode, string RegionName, string? AddressDetail);

/// <param name="AddressDetail">户口簿登记地址 after the region; null when left out.</param>
/// <param name="Community">所属小区; null when left out.</param>
public sealed record HouseholdDetailsDto(
    string Type,
    string RegionCode,
    string RegionName,
    string? AddressDetail,
    string? Community,
    HouseholderDetailsDto Householder,
    string? GuardianOnSameBooklet);

public sealed record HouseholderDetailsDto(string Name, string ResidentId, string Relation);

internal static class ApplicationDetailsMapping
{
    public static ReturnedFieldDto ToDto(this FieldReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return new ReturnedFieldDto(reason.Page, reason.Field, reason.PageLabel, reason.FieldLabel, reason.ReasonId, reason.Reason, reason.Note, reason.Text);
    }

    public static ApplicationDetailsDto ToDetails(this SubmittedApplication application, Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(application);
        var s = application.Student;
        return new ApplicationDetailsDto(
            application.Id,
            application.SeasonId,
            application.GraduationType,
            application.GraduationTypeText,
            application.Status,
            application.StatusText,
            application.Version,
            new StudentDetailsDto(
                s.Name,
                Disclosed.ResidentId(s.ResidentId, disclosure)!,
                s.Gender,
                Disclosed.BirthDate(s.BirthDate, disclosure),
                Disclosed.BirthYear(s.BirthDate),
                s.FormerName,
                s.EthnicityCode,
                s.EthnicityName,
                s.SchoolId,
                s.SchoolName,
                s.ClassId,
                s.ClassName,
                Disclosed.CertificateNumber(s.BirthCertificateNumber, disclosure),
                s.OverAgeConfirmed),
            new GuardiansDetailsDto(ToDetails(application.Father, disclosure), ToDetails(application.Mother, disclosure)),
            application.Household is { } h
                ? new HouseholdDetailsDto(
                    h.Type,
                    h.RegionCode,
                    h.RegionName,
                    Disclosed.AddressDetail(h.AddressDetail, disclosure),
                    Disclosed.AddressDetail(h.Community, disclosure),
                    new HouseholderDetailsDto(h.HouseholderName, Disclosed.ResidentId(h.HouseholderResidentId, disclosure)!, h.RelationToHouseholder),
                    h.GuardianOnSameBooklet)
                : null,
            application.ReturnReasons,
            application.SubmittedAt,
            application.UpdatedAt,
            Disclosed.IsMasked(disclosure));
    }

    private static GuardianDetailsDto? ToDetails(SubmittedGuardian? guardian, Disclosure disclosure) => guardian is null
        ? null
        : new GuardianDetailsDto(
            guardian.Name,
            Disclosed.ResidentId(guardian.ResidentId, disclosure)!,
            Disclosed.Mobile(guardian.Mobile, disclosure)!,
            guardian.RegionCode,
            guardian.RegionName,
            Disclosed.AddressDetail(guardian.AddressDetail, disclosure));
}
