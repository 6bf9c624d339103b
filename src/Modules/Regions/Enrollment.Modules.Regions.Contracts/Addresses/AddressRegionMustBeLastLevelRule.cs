using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Regions.Contracts.Queries;

namespace Enrollment.Modules.Regions.Contracts.Addresses;

/// <summary>
/// Every address of every module is chosen down to the last level: broken when the Regions module's
/// <see cref="AddressRegionVerdict"/> says the region is unknown or not deep enough, with the
/// verdict's code and message. The verdict itself is the Regions domain's
/// <c>AddressRegionMustBeKnownRule</c> and <c>AddressRegionMustReachRequiredLevelRule</c>.
/// </summary>
public sealed class AddressRegionMustBeLastLevelRule(AddressRegionVerdict verdict, string fieldName) : IBusinessRule
{
    public bool IsBroken() => !verdict.IsValid;

    public string Code => verdict.Code ?? AddressRegionErrorCodes.Unknown;

    public string Message => verdict.Message ?? "请选择有效的地址";

    public string? Field => fieldName;
}
