using System.Linq.Expressions;
using Enrollment.Modules.Review.Domain.Webhooks.Rules;
using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Review.Domain.Webhooks;

public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its first attempt or for a retry (<see cref="WebhookDelivery.NextAttemptAt"/>).</summary>
    Pending,

    /// <summary>A job holds it and is posting (until <see cref="WebhookDelivery.ClaimedUntil"/>).</summary>
    Sending,

    /// <summary>The receiver answered 2xx.</summary>
    Succeeded,

    /// <summary>Every attempt of the round failed; a replay starts a new round.</summary>
    Failed,

    /// <summary>Not sent: the subscription was paused or deleted, or its client revoked, before it went out.</summary>
    Cancelled,
}

/// <summary>
/// One event for one subscription, and the log of posting it (ADR-0035). Exactly one per subscription and event (a
/// unique index), so that an event the outbox delivers twice is posted once. <see cref="EventId"/> is the
/// integrator's idempotency key: the same on every attempt and every replay. <see cref="Payload"/> is fixed when the
/// event arrives, so every attempt posts the same bytes; only the timestamp and the signature are new each time.
/// </summary>
public sealed class WebhookDelivery : Entity<Guid>
{
    public const int MaxErrorLength = 500;

    private WebhookDelivery()
    {
    }

    public Guid SubscriptionId { get; private set; }

    public string ClientId { get; private set; } = string.Empty;

    public Guid EventId { get; private set; }

    public string EventType { get; private set; } = string.Empty;

    public Guid ApplicationId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The JSON body posted: no personal data (ids, status, season, school, time).</summary>
    public string Payload { get; private set; } = string.Empty;

    public WebhookDeliveryStatus Status { get; private set; }

    /// <summary>Attempts of the current round (a replay starts a new round at 0).</summary>
    public int Attempts { get; private set; }

    /// <summary>Attempts of every round.</summary>
    public int TotalAttempts { get; private set; }

    public int Replays { get; private set; }

    public int? LastStatusCode { get; private set; }

    public string? LastError { get; private set; }

    public int? LastDurationMs { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    /// <summary>When the retry after a failure is due; null when none is planned.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public Guid? ClaimToken { get; private set; }

    public DateTimeOffset? ClaimedUntil { get; private set; }

    public static WebhookDelivery Create(WebhookSubscription subscription, Guid eventId, string eventType, Guid applicationId, DateTimeOffset occurredAt, string payload, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return new WebhookDelivery
        {
            Id = Guid.CreateVersion7(now),
            SubscriptionId = subscription.Id,
            ClientId = subscription.ClientId,
            EventId = eventId,
            EventType = eventType,
            ApplicationId = applicationId,
            OccurredAt = occurredAt,
            Payload = payload,
            Status = WebhookDeliveryStatus.Pending,
            CreatedAt = now,
        };
    }

    /// <summary>Whether a job may take it now: waiting, or held by a job whose claim ran out (it died while posting).</summary>
    public static Expression<Func<WebhookDelivery, bool>> ClaimableAt(DateTimeOffset now) =>
        d => d.Status == WebhookDeliveryStatus.Pending || (d.Status == WebhookDeliveryStatus.Sending && d.ClaimedUntil < now);

    /// <summary>Whether a job is still to come or running.</summary>
    public bool IsOpen => Status is WebhookDeliveryStatus.Pending or WebhookDeliveryStatus.Sending;

    /// <summary>Checks that it may be replayed now (the subscription active, no attempt running).</summary>
    public static void CheckReplayable(WebhookDelivery delivery, WebhookSubscription? subscription)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        CheckRule(new WebhookDeliveryMustNotBeInProgressRule(delivery.Status));
        CheckRule(new WebhookSubscriptionMustBeActiveRule(subscription));
    }

    public static string? Shorten(string? error) => error is { Length: > MaxErrorLength } ? error[..MaxErrorLength] : error;
}

/// <summary>One POST of a delivery: when, how long, what the receiver answered or why it failed.</summary>
public sealed class WebhookDeliveryAttempt : Entity<Guid>
{
    private WebhookDeliveryAttempt()
    {
    }

    public Guid DeliveryId { get; private set; }

    /// <summary>1, 2, ... over every round of the delivery.</summary>
    public int Number { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public int DurationMs { get; private set; }

    /// <summary>The receiver's HTTP status; null when none came (network error, timeout).</summary>
    public int? StatusCode { get; private set; }

    public bool Succeeded { get; private set; }

    public string? Error { get; private set; }

    public static WebhookDeliveryAttempt Record(Guid deliveryId, int number, DateTimeOffset startedAt, int durationMs, int? statusCode, bool succeeded, string? error) => new()
    {
        Id = Guid.CreateVersion7(startedAt),
        DeliveryId = deliveryId,
        Number = number,
        StartedAt = startedAt,
        DurationMs = durationMs,
        StatusCode = statusCode,
        Succeeded = succeeded,
        Error = WebhookDelivery.Shorten(error),
    };
}
