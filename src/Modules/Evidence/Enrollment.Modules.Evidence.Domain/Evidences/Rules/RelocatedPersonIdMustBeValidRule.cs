using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.Evidences.Rules;

/// <summary>拆迁安置: the relocated person's resident ID, GB 11643 check digit.</summary>
public sealed class RelocatedPersonIdMustBeValidRule(string? residentId) : IBusinessRule
{
    public bool IsBroken() => MessageOf(residentId) is not null;

    public string Code => "evidence.relocation.resident-id.invalid";

    public string Message => MessageOf(residentId) ?? string.Empty;

    public string? Field => "relocatedPersonResidentId";

    public static string? MessageOf(string? residentId)
    {
        var text = residentId?.Trim().ToUpperInvariant() ?? string.Empty;
        if (text.Length == 0)
        {
            return "被拆迁人身份证号：请填写身份证号";
        }

        if (text.Length != 18)
        {
            return "被拆迁人身份证号：身份证号应为18位";
        }

        return Enrollment.BuildingBlocks.Domain.Identifiers.ChineseIdentifiers.IsResidentIdChecksumValid(text)
            ? null
            : "被拆迁人身份证号：身份证号校验位错误，请核对是否填写有误";
    }
}
