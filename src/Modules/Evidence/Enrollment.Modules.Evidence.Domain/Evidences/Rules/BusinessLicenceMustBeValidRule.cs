using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.Evidences.Rules;

/// <summary>营业执照 = 统一社会信用代码 (GB 32100): 18 characters of its alphabet, the last a check character.</summary>
public sealed class BusinessLicenceMustBeValidRule(string? businessLicence, string fieldName) : IBusinessRule
{
    private readonly CreditCodeError? _error = UnifiedSocialCreditCode.Check(businessLicence, out _);

    public bool IsBroken() => _error is not null;

    public string Code => _error == CreditCodeError.WrongCheckCharacter ? "evidence.business-licence.check-digit" : "evidence.business-licence.invalid";

    public string Message => _error is { } error ? MessageOf(error) : string.Empty;

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
