using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Enrollment.Modules.Review.Application.Integration.GetIntegrationFeed;

/// <summary>
/// The feed's opaque cursor: a position in Registration's change sequence (ADR-0031), written as base64url of
/// <c>v1:&lt;position&gt;</c> so that clients do not build it themselves and its form may change with a version.
/// </summary>
public static class FeedCursor
{
    private const string Prefix = "v1:";

    public static string Encode(long position) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The position of a cursor; null for a cursor this API did not make.</summary>
    public static long? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 64)
        {
            return null;
        }

        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
                ? position
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
