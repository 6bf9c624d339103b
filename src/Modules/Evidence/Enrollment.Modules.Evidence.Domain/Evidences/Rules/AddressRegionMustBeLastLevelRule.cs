using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.Evidences.Rules;

/// <summary>An address region unknown or not chosen to the last level (Regions' codes and messages).</summary>
public sealed class AddressRegionMustBeLastLevelRule(AddressRegionVerdict verdict, string fieldName) : IBusinessRule
{
    public bool IsBroken() => !verdict.IsValid;

    public string Code => verdict.Code ?? "region.invalid";

    public string Message => verdict.Message ?? "请选择有效的地址";

    public string? Field => fieldName;
}
