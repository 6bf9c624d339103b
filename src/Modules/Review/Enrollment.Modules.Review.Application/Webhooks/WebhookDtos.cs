using Enrollment.Modules.Review.Domain.Webhooks;

namespace Enrollment.Modules.Review.Application.Webhooks;

/// <param name="ClientId">The integrator client that owns it.</param>
/// <param name="Events">Event types: <c>application.accepted</c>, <c>application.returned</c>, <c>application.deleted</c>.</param>
/// <param name="IsActive">False: paused; nothing is posted to it.</param>
/// <param name="Secret">The signing secret: only in the answer that creates it, null everywhere else. Keep it; it cannot be shown again.</param>
public sealed record WebhookSubscriptionDto(
    Guid Id,
    string ClientId,
    string Url,
    IReadOnlyList<string> Events,
    string? Description,
    bool IsActive,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Secret = null)
{
    public static WebhookSubscriptionDto Of(WebhookSubscription s, string? secret = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Id, s.ClientId, s.Url, [.. s.Events], s.Description, s.IsActive, s.CreatedAt, s.UpdatedAt, secret);
    }
}

/// <summary>One delivery of the log: one event for one subscription, and how posting it went.</summary>
/// <param name="EventId">The idempotency key the receiver saw (<c>X-Enrollment-Event-Id</c>).</param>
/// <param name="Status"><c>Pending</c>, <c>Sending</c>, <c>Succeeded</c>, <c>Failed</c> or <c>Cancelled</c>.</param>
/// <param name="Attempts">Attempts of the current round (a replay starts a new one).</param>
/// <param name="TotalAttempts">Attempts of every round.</param>
/// <param name="LastStatusCode">The receiver's last HTTP status; null when no answer came.</param>
/// <param name="LastError">Why the last attempt failed (timeout, refused address, connection error, the status).</param>
/// <param name="LastDurationMs">How long the last attempt took.</param>
/// <param name="NextAttemptAt">When the next retry is due; null when none is planned.</param>
public sealed record WebhookDeliveryLine(
    Guid Id,
    Guid SubscriptionId,
    string ClientId,
    string Url,
    Guid EventId,
    string EventType,
    Guid ApplicationId,
    DateTimeOffset OccurredAt,
    string Status,
    int Attempts,
    int TotalAttempts,
    int Replays,
    int? LastStatusCode,
    string? LastError,
    int? LastDurationMs,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeliveredAt)
{
    public static WebhookDeliveryLine Of(WebhookDelivery d, string url)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(
            d.Id, d.SubscriptionId, d.ClientId, url, d.EventId, d.EventType, d.ApplicationId, d.OccurredAt, d.Status.ToString(), d.Attempts, d.TotalAttempts, d.Replays,
            d.LastStatusCode, d.LastError, d.LastDurationMs, d.LastAttemptAt, d.NextAttemptAt, d.CreatedAt, d.DeliveredAt);
    }
}

public sealed record WebhookDeliveryPage(IReadOnlyList<WebhookDeliveryLine> Items, int Total, int Page, int PageSize);

/// <param name="Payload">The JSON body every attempt posts.</param>
/// <param name="AttemptLog">Every attempt, oldest first.</param>
public sealed record WebhookDeliveryDetail(WebhookDeliveryLine Delivery, string Payload, IReadOnlyList<WebhookAttemptLine> AttemptLog);

/// <param name="StatusCode">The receiver's HTTP status; null when none came.</param>
public sealed record WebhookAttemptLine(int Number, DateTimeOffset StartedAt, int DurationMs, int? StatusCode, bool Succeeded, string? Error);
