using System.Net;
using System.Net.Sockets;

namespace Enrollment.Modules.Review.Domain.Webhooks;

/// <summary>
/// Where a delivery may go (ADR-0035, SSRF): an absolute <c>http</c> or <c>https</c> URL without user info, and —
/// unless the installation allows private networks (Development, tests) — never an address of the platform's own
/// networks: loopback, private (RFC 1918, unique-local), link-local (cloud metadata 169.254.169.254), carrier-grade
/// NAT, unspecified, multicast. A name is checked again on every connection, with the addresses it resolves to.
/// </summary>
public static class WebhookTargets
{
    public const int MaxUrlLength = 500;

    /// <summary>The URL as a <see cref="Uri"/> when it is one a delivery may be posted to; null otherwise.</summary>
    public static Uri? Parse(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > MaxUrlLength || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        return (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && string.IsNullOrEmpty(uri.UserInfo) && string.IsNullOrEmpty(uri.Fragment) && !string.IsNullOrEmpty(uri.Host)
            ? uri
            : null;
    }

    /// <summary>Whether the URL names a private place by itself: <c>localhost</c> or an address literal of a private range.</summary>
    public static bool NamesPrivateHost(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var host = uri.IdnHost.TrimEnd('.');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IsPrivate(address);
    }

    /// <summary>Whether an address belongs to a network a webhook must not reach from a production host.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.None))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] == 0 // "this" network
                || b[0] == 10
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127) // carrier-grade NAT
                || (b[0] == 169 && b[1] == 254) // link-local, cloud metadata
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0) // IETF protocol assignments
                || (b[0] == 198 && (b[1] == 18 || b[1] == 19)) // benchmarking
                || b[0] >= 224; // multicast, reserved, broadcast
        }

        return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal;
    }
}
