using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Regions.Domain.Regions.Rules;

/// <summary>An address's region must be a code of the division tree.</summary>
public sealed class AddressRegionMustBeKnownRule(bool known) : IBusinessRule
{
    public const string ErrorCode = "region.unknown";

    public const string ErrorMessage = "请选择有效的地址区划";

    public bool IsBroken() => !known;

    public string Code => ErrorCode;

    public string Message => ErrorMessage;
}
