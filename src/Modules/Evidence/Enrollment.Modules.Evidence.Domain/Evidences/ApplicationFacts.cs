using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.Evidences;

/// <summary>
/// What the evidence pages need to know of the application, as the Registration module answers it:
/// whether it can still change, the date a residence permit must be valid on, and which parents the
/// guardians page (page 3) holds, by name.
/// </summary>
/// <param name="Locked">已提交 (accepted): the parent can no longer change anything.</param>
/// <param name="SeasonOpen">Whether the season is open now.</param>
/// <param name="SeasonName">The season's name, for the closed message.</param>
/// <param name="PermitValidOn">The season's policy date, or the day of the change when the season sets none.</param>
/// <param name="HomeCountyCode">The season's home county (6 digits).</param>
/// <param name="FatherHukouRegionCode">The region of the father's 户口簿地址 (page 3).</param>
/// <param name="MotherHukouRegionCode">The region of the mother's 户口簿地址 (page 3).</param>
public sealed record ApplicationFacts(
    bool Locked,
    bool SeasonOpen,
    string SeasonName,
    DateOnly PermitValidOn,
    string? FatherName,
    string? MotherName,
    string? HomeCountyCode = null,
    string? FatherHukouRegionCode = null,
    string? MotherHukouRegionCode = null) : IValueObject
{
    public string? NameOf(ParentRole role) => role == ParentRole.Father ? FatherName : MotherName;

    public string? HukouRegionOf(ParentRole role) => role == ParentRole.Father ? FatherHukouRegionCode : MotherHukouRegionCode;
}
