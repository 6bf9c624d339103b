using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Enrollment.Host.Hosting;

/// <summary>
/// Configuration section <c>Hosting</c>: where the site is reached from outside, and which reverse
/// proxies may tell the client's address and scheme (ADR-0015).
/// </summary>
internal sealed class HostingOptions
{
    public const string SectionName = "Hosting";

    /// <summary>The site's public address (<c>https://…</c>); every absolute URL the platform makes starts with it.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Addresses of the reverse proxies whose <c>X-Forwarded-For</c>/<c>-Proto</c> are believed.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. <c>10.0.0.0/8</c>) of such proxies.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>Whether <c>/docs</c> (Swagger UI) is served; the OpenAPI document itself always is.</summary>
    public bool SwaggerUi { get; set; } = true;

    /// <summary>Whether <c>/health/ready</c> names each check; otherwise it answers its overall status only.</summary>
    public bool ReadinessDetails { get; set; } = true;

    /// <summary>
    /// Forwarded headers are read only from the configured proxies; with none configured they are
    /// ignored (ASP.NET Core's default trusts loopback, which is every visitor behind a proxy on the same machine).
    /// </summary>
    public ForwardedHeadersOptions ToForwardedHeadersOptions()
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        return options;
    }
}
