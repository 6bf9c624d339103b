using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.Evidences.Rules;

/// <summary>A residence permit (居住证) is the evidence of parents whose hukou is outside the home county.</summary>
public sealed class ResidencePermitHolderMustHaveHukouElsewhereRule(string? holderHukouRegionCode, string? homeCountyCode) : IBusinessRule
{
    public bool IsBroken() =>
        homeCountyCode is { Length: 6 } && holderHukouRegionCode is not null
        && holderHukouRegionCode.StartsWith(homeCountyCode, StringComparison.Ordinal);

    public string Code => "evidence.residence-permit.local-hukou";

    public string Message => "持证人：户籍在本地的家长无须填写居住证信息，请点击「无此信息跳过」";

    public string? Field => "holder";
}
