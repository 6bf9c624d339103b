using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Review.Domain.Webhooks.Rules;

/// <summary>
/// Outside an installation that allows private networks, a webhook may not name the platform's own machine or network
/// (<c>localhost</c>, 127.0.0.1, 10.x, 192.168.x, 169.254.169.254, ...): the platform would post into it for anyone
/// holding a client secret. Names are checked again, resolved, on every connection.
/// </summary>
public sealed class WebhookUrlMustNotBePrivateRule(Uri url, bool privateNetworksAllowed) : IBusinessRule
{
    public bool IsBroken() => !privateNetworksAllowed && WebhookTargets.NamesPrivateHost(url);

    public string Code => "webhook.url.private";

    public string Message => "推送地址不能指向本机或内网地址";

    public string? Field => "url";
}
