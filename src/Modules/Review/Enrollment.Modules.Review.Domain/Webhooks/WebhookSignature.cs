using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Enrollment.Modules.Review.Domain.Webhooks;

/// <summary>
/// How a delivery is signed and how a receiver checks it (ADR-0035): <c>X-Enrollment-Signature: v1=</c> and the
/// lower-case hex of HMAC-SHA256, keyed with the subscription's secret (its UTF-8 bytes, exactly as shown at creation),
/// over <c>timestamp + "." + body</c>, where timestamp is <c>X-Enrollment-Timestamp</c> (Unix seconds, UTC) and body the
/// raw request body bytes as UTF-8 text. A receiver recomputes it, compares in constant time, and refuses a timestamp
/// further than its tolerance from its own clock (replays of an old, captured delivery).
/// </summary>
public static class WebhookSignature
{
    public const string Scheme = "v1";

    /// <summary>What a receiver should accept between the timestamp and its clock; also the documented default.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>The header value: <c>v1=</c> + hex(HMAC-SHA256(secret, timestamp + "." + body)).</summary>
    public static string Sign(string secret, string timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"{Scheme}={Convert.ToHexStringLower(mac)}";
    }

    /// <summary>The receiver's check: a well-formed timestamp within <paramref name="tolerance"/> of <paramref name="now"/> and a matching signature.</summary>
    public static bool Verify(string secret, string? signatureHeader, string? timestamp, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(signatureHeader) || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        if (seconds < DateTimeOffset.MinValue.ToUnixTimeSeconds() || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp!, body));
        var given = Encoding.ASCII.GetBytes(signatureHeader);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>A new secret: <c>whsec_</c> and 32 random bytes, base64url.</summary>
    public static string NewSecret() =>
        "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
