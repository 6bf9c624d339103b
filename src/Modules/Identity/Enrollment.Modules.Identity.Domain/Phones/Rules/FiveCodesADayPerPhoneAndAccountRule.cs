using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Identity.Domain.Phones.Rules;

/// <summary>
/// One account may ask for a code to one phone <see cref="PhoneVerification.MaximumPerDayPerPhoneAndAccount"/> times in
/// 24 hours. This budget is the account's own: what other accounts ask for the same phone never uses it up (ADR-0027).
/// </summary>
public sealed class FiveCodesADayPerPhoneAndAccountRule(IReadOnlyCollection<PhoneVerification> toPhone, Guid accountId, DateTimeOffset now) : IBusinessRule
{
    public bool IsBroken() =>
        toPhone.Count(v => v.AccountId == accountId && now - v.SentAt < TimeSpan.FromDays(1)) >= PhoneVerification.MaximumPerDayPerPhoneAndAccount;

    public string Code => "sms.daily-limit";

    public string Message => "今日获取验证码次数已达上限，请明天再试";

    public RuleKind Kind => RuleKind.Conflict;
}
