using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Identity.Domain.Phones.Rules;

public sealed class TenCodesADayRule(IReadOnlyCollection<PhoneVerification> recent, DateTimeOffset now) : IBusinessRule
{
    public bool IsBroken() => recent.Count(v => now - v.SentAt < TimeSpan.FromDays(1)) >= PhoneVerification.MaximumPerDay;

    public string Code => "sms.daily-limit";

    public string Message => "今日获取验证码次数已达上限，请明天再试";

    public RuleKind Kind => RuleKind.Conflict;
}
