namespace Enrollment.Modules.Registration.Application.Applications;

/// <summary>An application as its parent sees it: what is saved, which pages are complete, its version (ETag).</summary>
public sealed record ApplicationDto(
    Guid Id,
    Guid SeasonId,
    string GraduationType,
    string GraduationTypeText,
    string Status,
    string StatusText,
    int Version,
    StudentDto? Student,
    GuardiansDto Guardians,
    HouseholdDto? Household,
    PagesDto Pages,
    IReadOnlyList<string> ReturnReasons,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>
    /// While returned (有误): the reviewer's reasons on their fields — page and field as this API names them
    /// (<c>student</c>/<c>residentId</c>, <c>guardians</c>/<c>father.mobile</c>, <c>property</c>/<c>page</c> …), the reason and the note. Empty otherwise.
    /// </summary>
    public IReadOnlyList<Enrollment.Modules.Review.Contracts.Returns.ReturnedField> ReturnedFields { get; init; } = [];
}

public sealed record StudentDto(
    string Name,
    string ResidentId,
    string Gender,
    DateOnly BirthDate,
    string? FormerName,
    string? EthnicityCode,
    string? EthnicityName,
    Guid? GraduationSchoolId,
    string? GraduationSchoolName,
    Guid? GraduationClassId,
    string? GraduationClassName,
    string? BirthCertificateNumber,
    bool OverAgeConfirmed);

public sealed record GuardiansDto(GuardianDto? Father, GuardianDto? Mother);

public sealed record GuardianDto(string Name, string ResidentId, string Mobile, string RegionCode, string RegionName, string AddressDetail);

public sealed record HouseholdDto(
    string Type,
    string RegionCode,
    string RegionName,
    string AddressDetail,
    string? Community,
    HouseholderDto Householder,
    string? GuardianOnSameBooklet);

public sealed record HouseholderDto(string Name, string ResidentId, string Relation);

/// <summary>Pages 2–4: saved and complete.</summary>
public sealed record PagesDto(bool Student, bool Guardians, bool Household, bool ReadyToSubmit, IReadOnlyList<string> Missing);

/// <summary>One line of 毕业生列表.</summary>
public sealed record ApplicationSummaryDto(
    Guid Id,
    string? StudentName,
    string GraduationType,
    string GraduationTypeText,
    string Status,
    string StatusText,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<string> ReturnReasons,
    int Version);
