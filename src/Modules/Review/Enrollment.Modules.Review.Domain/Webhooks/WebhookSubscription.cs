using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Review.Domain.Webhooks.Rules;

namespace Enrollment.Modules.Review.Domain.Webhooks;

/// <summary>
/// An integrator client's webhook (ADR-0035): the URL it wants the events of <see cref="Events"/> posted to, signed with
/// <see cref="Secret"/> (shown once, at creation; kept encrypted at rest). Owned by one client (<see cref="ClientId"/>):
/// another client never sees it. A deleted one stays as a row, so that its deliveries' log keeps its URL.
/// </summary>
public sealed class WebhookSubscription : Entity<Guid>
{
    public const int MaxPerClient = 10;
    public const int MaxDescriptionLength = 100;

    private WebhookSubscription()
    {
    }

    /// <summary>The integrator client's <c>client_id</c>.</summary>
    public string ClientId { get; private set; } = string.Empty;

    public string Url { get; private set; } = string.Empty;

    /// <summary>Event types (<see cref="WebhookEventTypes"/>), in the order of <see cref="WebhookEventTypes.All"/>.</summary>
    public List<string> Events { get; private set; } = [];

    public string? Description { get; private set; }

    /// <summary>The signing secret (<c>whsec_…</c>).</summary>
    public string Secret { get; private set; } = string.Empty;

    /// <summary>False: paused by its client; no new deliveries, pending ones end Cancelled.</summary>
    public bool IsActive { get; private set; }

    public bool IsDeleted { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public static WebhookSubscription Create(
        string clientId, string? url, IReadOnlyCollection<string>? events, string? description, int existingOfClient, bool privateNetworksAllowed, string secret, DateTimeOffset now)
    {
        CheckRule(new ClientMustNotHaveTooManyWebhooksRule(existingOfClient));
        var subscription = new WebhookSubscription { Id = Guid.CreateVersion7(now), ClientId = clientId, Secret = secret, IsActive = true, CreatedAt = now };
        subscription.Change(url, events, description, active: true, privateNetworksAllowed, now);
        return subscription;
    }

    public void Change(string? url, IReadOnlyCollection<string>? events, string? description, bool active, bool privateNetworksAllowed, DateTimeOffset now)
    {
        CheckRule(new WebhookUrlMustBeAbsoluteHttpRule(url));
        var target = WebhookTargets.Parse(url)!;
        CheckRule(new WebhookUrlMustNotBePrivateRule(target, privateNetworksAllowed));
        CheckRule(new WebhookEventsMustBeKnownRule(events));
        Url = target.AbsoluteUri;
        Events = [.. WebhookEventTypes.All.Where(events!.Contains)];
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        IsActive = active;
        UpdatedAt = now;
    }

    public void Delete(DateTimeOffset now)
    {
        IsDeleted = true;
        IsActive = false;
        DeletedAt ??= now;
        UpdatedAt = now;
    }

    /// <summary>Whether an event of this type is posted to it now.</summary>
    public bool Wants(string eventType) => IsActive && !IsDeleted && Events.Contains(eventType, StringComparer.Ordinal);
}
