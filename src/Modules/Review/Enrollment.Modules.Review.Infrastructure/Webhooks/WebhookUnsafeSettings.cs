using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Review.Application.Webhooks;

namespace Enrollment.Modules.Review.Infrastructure.Webhooks;

/// <summary>
/// Webhooks that may reach loopback and private addresses are for a developer's machine and the tests (their receivers
/// listen on loopback): elsewhere anyone holding a client secret could make the platform post into its own network.
/// </summary>
internal sealed class WebhookUnsafeSettings(WebhookOptions options) : IUnsafeSettingsCheck
{
    public Task<IReadOnlyList<string>> FindAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(options.AllowPrivateNetworks
            ? [$"{WebhookOptions.SectionName}:AllowPrivateNetworks is true: integrators' webhooks could post into the platform's own network (SSRF); set it false (ADR-0035)."]
            : []);
}
