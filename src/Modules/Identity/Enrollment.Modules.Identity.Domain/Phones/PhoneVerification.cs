using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Identity.Domain.Phones.Rules;

namespace Enrollment.Modules.Identity.Domain.Phones;

/// <summary>
/// An SMS code sent to bind a phone (手机绑定): six digits, valid five minutes, ended by five wrong
/// tries or by its use. Only a hash of the code is kept.
/// </summary>
public sealed class PhoneVerification : Entity<Guid>
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromMinutes(1);
    /// <summary>Codes one account may ask for in 24 hours, to any phones.</summary>
    public const int MaximumPerDay = 10;

    /// <summary>Codes one account may ask for one phone in 24 hours.</summary>
    public const int MaximumPerDayPerPhoneAndAccount = 5;

    /// <summary>Different accounts one phone gets codes for in 24 hours (its bound owner aside).</summary>
    public const int MaximumAccountsPerPhonePerDay = 20;
    public const int MaximumWrongTries = 5;

    private PhoneVerification()
    {
    }

    public Guid AccountId { get; private set; }

    public string Phone { get; private set; } = string.Empty;

    public string CodeHash { get; private set; } = string.Empty;

    public DateTimeOffset SentAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public int WrongTries { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public bool IsClosed => UsedAt is not null || WrongTries >= MaximumWrongTries;

    /// <param name="recent">Codes sent in the last 24 hours to this phone (for any account) and for this account (to any phone).</param>
    /// <param name="verifiedOwner">The phone is the one bound to this account: the per-phone ceiling does not apply.</param>
    /// <remarks>
    /// Limits (ADR-0027): one a minute per phone and per account; per account ten a day; per account and phone five a
    /// day — a budget no other account can use up; per phone at most twenty different accounts a day, which the
    /// phone's verified owner bypasses. No count of other accounts' requests can refuse an account its first code.
    /// </remarks>
    public static PhoneVerification Send(Guid accountId, string phone, string code, RecentCodes recent, DateTimeOffset now, bool verifiedOwner = false)
    {
        ArgumentNullException.ThrowIfNull(recent);
        CheckRule(new PhoneNumberMustBeValidRule(phone));
        CheckRule(new OneCodeAMinuteRule(recent.ToPhone, now));
        CheckRule(new OneCodeAMinuteRule(recent.ForAccount, now));
        CheckRule(new FiveCodesADayPerPhoneAndAccountRule(recent.ToPhone, accountId, now));
        CheckRule(new TenCodesADayRule(recent.ForAccount, now));
        CheckRule(new PhoneAskedByTooManyAccountsRule(recent.ToPhone, accountId, verifiedOwner, now));
        return new PhoneVerification
        {
            Id = Guid.NewGuid(),
            AccountId = accountId,
            Phone = phone,
            CodeHash = Hash(phone, code),
            SentAt = now,
            ExpiresAt = now + Lifetime,
        };
    }

    /// <summary>Checks a code. A wrong one counts (and the count must be saved); the right one ends the code.</summary>
    public DomainError? Verify(string code, DateTimeOffset now)
    {
        if (UsedAt is not null || WrongTries >= MaximumWrongTries)
        {
            return SmsCodeErrors.Refused("sms.code.exhausted", "验证码已失效，请重新获取");
        }

        if (now >= ExpiresAt)
        {
            return SmsCodeErrors.Refused("sms.code.expired", "验证码已过期，请重新获取");
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(CodeHash), Encoding.ASCII.GetBytes(Hash(Phone, code ?? string.Empty))))
        {
            WrongTries++;
            var left = MaximumWrongTries - WrongTries;
            return left > 0
                ? SmsCodeErrors.Refused("sms.code.wrong", string.Create(CultureInfo.InvariantCulture, $"验证码错误，还可以尝试{left}次"))
                : SmsCodeErrors.Refused("sms.code.exhausted", "验证码错误次数过多，请重新获取");
        }

        UsedAt = now;
        return null;
    }

    public static string GenerateCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    private static string Hash(string phone, string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{phone}:{code}")));
}

/// <summary>Codes sent recently to one phone, and for one account (to any phone).</summary>
public sealed record RecentCodes(IReadOnlyCollection<PhoneVerification> ToPhone, IReadOnlyCollection<PhoneVerification> ForAccount);

/// <summary>A code refused (missing, expired, wrong, used up): the answer is about the <c>code</c> field.</summary>
public static class SmsCodeErrors
{
    public static DomainError Refused(string code, string message) => new(code, message, Field: "code");
}
