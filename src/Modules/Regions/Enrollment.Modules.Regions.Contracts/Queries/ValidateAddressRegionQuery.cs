using Mediator;

namespace Enrollment.Modules.Regions.Contracts.Queries;

/// <summary>
/// The last-level rule every address obeys: inside the season's home county the region must be a
/// village or community committee (村委会/居委会, level 5); elsewhere at least a town or street
/// (乡镇/街道, level 4).
/// </summary>
/// <param name="RegionCode">The chosen region, 12 digits (shorter codes are zero-padded on the right).</param>
/// <param name="HomeCountyCode">The season's home county, 6 digits (e.g. <c>410185</c>, 登封市).</param>
public sealed record ValidateAddressRegionQuery(string? RegionCode, string HomeCountyCode) : IQuery<AddressRegionCheck>;

/// <summary>The answer of <see cref="ValidateAddressRegionQuery"/>.</summary>
/// <param name="IsValid">The region may be the last level of an address.</param>
/// <param name="Code">Null when valid; otherwise <see cref="AddressRegionErrorCodes.Unknown"/> or <see cref="AddressRegionErrorCodes.TooShallow"/>.</param>
/// <param name="Message">Null when valid; otherwise the parent-facing message in Chinese.</param>
/// <param name="Region">The region when it exists, valid or not.</param>
public sealed record AddressRegionCheck(bool IsValid, string? Code, string? Message, RegionSummary? Region);

/// <summary>Stable codes of <see cref="AddressRegionCheck.Code"/>.</summary>
public static class AddressRegionErrorCodes
{
    public const string Unknown = "region.unknown";
    public const string TooShallow = "region.too-shallow";
}
