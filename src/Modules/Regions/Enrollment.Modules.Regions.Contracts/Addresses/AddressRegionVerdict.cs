using Enrollment.Modules.Regions.Contracts.Queries;

namespace Enrollment.Modules.Regions.Contracts.Addresses;

/// <summary>
/// The Regions module's verdict on one chosen address region, as another module's aggregate receives
/// it: in the season's home county the address reaches the 村（社区）居委会, elsewhere the 街道（乡镇）.
/// Asked with <see cref="ValidateAddressRegionQuery"/>; checked with <see cref="AddressRegionMustBeLastLevelRule"/>.
/// </summary>
/// <param name="IsValid">The region is known and deep enough.</param>
/// <param name="Code">Null when valid; otherwise <see cref="AddressRegionErrorCodes.Unknown"/> or <see cref="AddressRegionErrorCodes.TooShallow"/>.</param>
/// <param name="Message">Null when valid; otherwise the parent-facing message.</param>
/// <param name="FullName">The region's names from the province down, when it exists.</param>
public sealed record AddressRegionVerdict(bool IsValid, string? Code, string? Message, string? FullName)
{
    public static AddressRegionVerdict Valid(string fullName) => new(true, null, null, fullName);

    public static AddressRegionVerdict Of(AddressRegionCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new(check.IsValid, check.Code, check.Message, check.Region?.FullName);
    }
}
