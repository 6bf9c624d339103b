using System.Globalization;
using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.Evidences.Rules;

/// <summary>已提交 (accepted) applications are locked for the parent, evidence pages included.</summary>
public sealed class ApplicationMustNotBeLockedRule(bool locked) : IBusinessRule
{
    public bool IsBroken() => locked;

    public string Code => "application.locked";

    public string Message => "信息已审核通过（已提交），不能再修改或删除";

    public RuleKind Kind => RuleKind.Conflict;
}

/// <summary>Outside the season's dates the pages can be read, not changed.</summary>
public sealed class SeasonMustBeOpenRule(bool open, string seasonName) : IBusinessRule
{
    public bool IsBroken() => !open;

    public string Code => "season.closed";

    public string Message => $"{seasonName}已结束";
}

/// <summary>The holder/recipient/owner the page names must be a parent filled on the guardians page.</summary>
public sealed class HolderMustBeGuardianRule(ParentRole role, string? guardianName, string fieldName, string fieldLabel) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(guardianName);

    public string Code => "evidence.holder.not-guardian";

    public string Message => $"{fieldLabel}须为学生父母：学生父母信息中未填写{role.Chinese()}的信息，请先填写";

    public string? Field => fieldName;
}

/// <summary>长期居住: the account holder must be a parent on the guardians page (by name).</summary>
public sealed class AccountHolderMustBeGuardianRule(string accountHolderName, string? fatherName, string? motherName) : IBusinessRule
{
    public bool IsBroken() =>
        !string.Equals(accountHolderName, fatherName, StringComparison.Ordinal)
        && !string.Equals(accountHolderName, motherName, StringComparison.Ordinal);

    public string Code => "evidence.account-holder.not-guardian";

    public string Message => "户主姓名须为学生父亲或母亲的姓名";

    public string? Field => "accountHolderName";
}

/// <summary>居住证 must still be valid on the season's policy date.</summary>
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

public sealed class ResidencePermitMustBeValidRule(DateOnly validUntil, DateOnly validOn) : IBusinessRule
{
    public bool IsBroken() => validUntil < validOn;

    public string Code => "evidence.residence-permit.expired";

    public string Message => string.Create(CultureInfo.InvariantCulture, $"有效期限：居住证须在{validOn:yyyy年M月d日}仍在有效期内");

    public string? Field => "validUntil";
}

/// <summary>营业执照 = 统一社会信用代码, GB 32100 check character.</summary>
public sealed class BusinessLicenceMustBeValidRule(CreditCodeError error, string fieldName) : IBusinessRule
{
    public bool IsBroken() => true;

    public string Code => error == CreditCodeError.WrongCheckCharacter ? "evidence.business-licence.check-digit" : "evidence.business-licence.invalid";

    public string Message => MessageOf(error);

    public string? Field => fieldName;

    public static string MessageOf(CreditCodeError error) => error switch
    {
        CreditCodeError.Missing => "营业执照：请填写统一社会信用代码",
        CreditCodeError.WrongLength => "营业执照：统一社会信用代码应为18位",
        CreditCodeError.InvalidCharacters => "营业执照：统一社会信用代码只能由数字和大写字母组成（不含I、O、S、V、Z）",
        CreditCodeError.WrongCheckCharacter => "营业执照：统一社会信用代码校验位错误，请核对是否填写有误",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };
}

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

/// <summary>An address region unknown or not chosen to the last level (Regions' codes and messages).</summary>
public sealed class AddressRegionMustBeLastLevelRule(AddressRegionVerdict verdict, string fieldName) : IBusinessRule
{
    public bool IsBroken() => !verdict.IsValid;

    public string Code => verdict.Code ?? "region.invalid";

    public string Message => verdict.Message ?? "请选择有效的地址";

    public string? Field => fieldName;
}

/// <summary>Another request saved this application's evidence at the same moment (a lost race on the first save).</summary>
public sealed class EvidenceMustNotChangeConcurrentlyRule : IBusinessRule
{
    public bool IsBroken() => true;

    public string Code => "evidence.concurrent-change";

    public string Message => "信息已在其他设备上修改，请刷新后重试";

    public RuleKind Kind => RuleKind.Conflict;
}
