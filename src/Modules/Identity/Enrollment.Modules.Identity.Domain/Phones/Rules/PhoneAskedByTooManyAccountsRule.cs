using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Identity.Domain.Phones.Rules;

/// <summary>
/// The ceiling that keeps a phone from being flooded through many accounts: in 24 hours codes go to one phone for at
/// most <see cref="PhoneVerification.MaximumAccountsPerPhonePerDay"/> different accounts. An account already among
/// them keeps its own budget, and the account the phone is bound to (its verified owner) is never refused by it, so
/// other accounts cannot lock the owner out (ADR-0027).
/// </summary>
public sealed class PhoneAskedByTooManyAccountsRule(IReadOnlyCollection<PhoneVerification> toPhone, Guid accountId, bool verifiedOwner, DateTimeOffset now) : IBusinessRule
{
    public bool IsBroken()
    {
        if (verifiedOwner)
        {
            return false;
        }

        var accounts = toPhone.Where(v => now - v.SentAt < TimeSpan.FromDays(1)).Select(v => v.AccountId).ToHashSet();
        return !accounts.Contains(accountId) && accounts.Count >= PhoneVerification.MaximumAccountsPerPhonePerDay;
    }

    public string Code => "sms.phone-daily-limit";

    public string Message => "该手机号今日获取验证码过于频繁，请明天再试或联系教育局";

    public RuleKind Kind => RuleKind.Conflict;
}
