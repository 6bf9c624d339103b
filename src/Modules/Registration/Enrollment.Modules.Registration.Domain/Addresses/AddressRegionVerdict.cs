using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Addresses;

/// <summary>
/// The answer of the Regions module's last-level rule for one chosen region, brought into the
/// aggregate: in the home county down to the 村（社区）居委会, elsewhere down to the 街道（乡镇）.
/// </summary>
public sealed record AddressRegionVerdict(bool IsValid, string? Code, string? Message, string? FullName)
{
    public static AddressRegionVerdict Valid(string fullName) => new(true, null, null, fullName);
}

/// <summary>An address region that is unknown or not chosen to the last level.</summary>
public sealed class AddressRegionMustBeLastLevelRule(AddressRegionVerdict verdict, string fieldName) : IBusinessRule
{
    public bool IsBroken() => !verdict.IsValid;

    public string Code => verdict.Code ?? "region.invalid";

    public string Message => verdict.Message ?? "请选择有效的地址";

    public string? Field => fieldName;
}
