using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Identity.Domain.Phones.Rules;

public sealed class OneCodeAMinuteRule(IReadOnlyCollection<PhoneVerification> recent, DateTimeOffset now) : IBusinessRule
{
    public bool IsBroken() => recent.Any(v => now - v.SentAt < PhoneVerification.MinimumInterval);

    public string Code => "sms.too-frequent";

    public string Message => "验证码发送过于频繁，请1分钟后再试";

    public RuleKind Kind => RuleKind.Conflict;
}
