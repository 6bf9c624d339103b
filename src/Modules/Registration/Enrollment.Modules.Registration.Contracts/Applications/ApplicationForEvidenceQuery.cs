using Mediator;

namespace Enrollment.Modules.Registration.Contracts.Applications;

/// <summary>
/// What the Evidence module needs of a parent's own application before it saves or skips an evidence
/// page (pages 5–11). Not found (a NotFoundException, answered 404) when it does not exist, is deleted,
/// or belongs to another parent. An accepted application is answered (reads stay possible); the caller
/// refuses changes with 409 <c>application.locked</c> when <see cref="ApplicationForEvidence.Status"/> is <c>Accepted</c>.
/// </summary>
public sealed record GetApplicationForEvidenceQuery(Guid ApplicationId, Guid ParentAccountId) : IQuery<ApplicationForEvidence>;

/// <param name="Status">`Draft`, `UnderReview`, `Returned` or `Accepted`.</param>
/// <param name="SeasonOpen">Whether the season is open now.</param>
/// <param name="SeasonName">The season's name (e.g. 登封市2024年义务教育新生入学信息采集).</param>
/// <param name="HomeCountyCode">The season's home county (6 digits), for the address depth rule.</param>
/// <param name="ResidencePermitValidOn">The policy date a residence permit must be valid on; null when the season sets none.</param>
/// <param name="Father">The father as saved on the guardians page; null when not filled.</param>
/// <param name="Mother">The mother as saved on the guardians page; null when not filled.</param>
public sealed record ApplicationForEvidence(
    Guid ApplicationId,
    string Status,
    Guid SeasonId,
    bool SeasonOpen,
    string SeasonName,
    string HomeCountyCode,
    DateOnly? ResidencePermitValidOn,
    GuardianForEvidence? Father,
    GuardianForEvidence? Mother)
{
    public bool IsLocked => Status == "Accepted";
}

/// <summary>A parent on the guardians page: the name and resident ID the evidence is checked against, and the region of the 户口簿地址.</summary>
public sealed record GuardianForEvidence(string Name, string ResidentId, string HukouRegionCode);
