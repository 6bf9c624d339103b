using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Addresses;
using Enrollment.Modules.Regions.Contracts.Queries;
using Mediator;

namespace Enrollment.Modules.Registration.Infrastructure.Regions;

/// <summary>
/// The adapter of <see cref="IAddressRegionRules"/>: asks the Regions module through its contract
/// (<see cref="ValidateAddressRegionQuery"/>), whose answer names the region and says whether it is
/// deep enough.
/// </summary>
internal sealed class RegionsAddressRegionRules(ISender sender) : IAddressRegionRules
{
    public async Task<AddressRegionVerdict> CheckAsync(string? regionCode, string homeCountyCode, CancellationToken cancellationToken)
    {
        AddressRegionCheck check;
        try
        {
            check = await sender.Send(new ValidateAddressRegionQuery(regionCode, homeCountyCode), cancellationToken);
        }
        catch (MissingMessageHandlerException)
        {
            // INTERIM — remove once the Regions module's handler is merged (issue 3): without it the
            // depth is read from the code's structure alone and the name stays empty.
            return StructuralAddressRegionRule.Check(regionCode, homeCountyCode);
        }

        return new AddressRegionVerdict(check.IsValid, check.Code, check.Message, check.Region?.FullName);
    }
}

/// <summary>
/// INTERIM stand-in for the Regions module's rule, used only while its handler is not registered:
/// the depth of a 12-digit statistical code is read from its parts (town 3 digits, village 3 digits).
/// It cannot tell whether the code exists.
/// </summary>
internal static class StructuralAddressRegionRule
{
    public static AddressRegionVerdict Check(string? regionCode, string homeCountyCode)
    {
        var code = regionCode?.Trim() ?? string.Empty;
        if (code.Length is < 2 or > 12 || !code.All(char.IsAsciiDigit))
        {
            return new AddressRegionVerdict(false, AddressRegionErrorCodes.Unknown, "请选择有效的地区", null);
        }

        code = code.PadRight(12, '0');
        var inHomeCounty = code.StartsWith(homeCountyCode, StringComparison.Ordinal);
        var hasTown = code.Substring(6, 3) != "000";
        var hasVillage = code.Substring(9, 3) != "000";
        return inHomeCounty
            ? hasTown && hasVillage ? AddressRegionVerdict.Valid(string.Empty) : new AddressRegionVerdict(false, AddressRegionErrorCodes.TooShallow, "地址请选择到村（社区）居委会", null)
            : hasTown ? AddressRegionVerdict.Valid(string.Empty) : new AddressRegionVerdict(false, AddressRegionErrorCodes.TooShallow, "地址请选择到街道（乡镇）", null);
    }
}
