using Enrollment.Modules.Review.Domain.Webhooks;

namespace Enrollment.Modules.Review.Application.Webhooks;

/// <summary>The integrators' webhook subscriptions. Changes are saved by the command's unit of work.</summary>
public interface IWebhookSubscriptionRepository
{
    void Add(WebhookSubscription subscription);

    /// <summary>Tracked, deleted ones too.</summary>
    Task<WebhookSubscription?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Not deleted, oldest first; every client's when <paramref name="clientId"/> is null.</summary>
    Task<IReadOnlyList<WebhookSubscription>> ListAsync(string? clientId, CancellationToken cancellationToken);

    /// <summary>Deleted ones too, untracked: the URLs the delivery log names.</summary>
    Task<IReadOnlyDictionary<Guid, WebhookSubscription>> GetManyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken);

    Task<int> CountAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>Active, not deleted subscriptions to this event type.</summary>
    Task<IReadOnlyList<WebhookSubscription>> ListWantingAsync(string eventType, CancellationToken cancellationToken);
}

/// <summary>
/// The deliveries and their attempts. Each write is one statement on its own (an insert the unique index may refuse,
/// a conditional update), so that two jobs, two retries or two instances decide on the database.
/// </summary>
public interface IWebhookDeliveryRepository
{
    Task<WebhookDelivery?> FindAsync(Guid subscriptionId, Guid eventId, CancellationToken cancellationToken);

    Task<WebhookDelivery?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Inserts it; false (nothing written) when the subscription has this event already.</summary>
    Task<bool> TryAddAsync(WebhookDelivery delivery, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically: when <see cref="WebhookDelivery.ClaimableAt"/> holds, status Sending, attempts + 1, this token and
    /// claim until <paramref name="until"/>. False when another job holds it or it is done.
    /// </summary>
    Task<bool> TryClaimAsync(Guid id, Guid token, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Records the attempt (when one was made) and ends the claim made with <paramref name="token"/>; false when the claim was no longer this token's.</summary>
    Task<bool> ReleaseAsync(Guid id, Guid token, WebhookRelease release, WebhookDeliveryAttempt? attempt, CancellationToken cancellationToken);

    /// <summary>A replay: unless an attempt is running, back to Pending with a new round of attempts. False when it was running.</summary>
    Task<bool> ReopenAsync(Guid id, CancellationToken cancellationToken);

    Task<(IReadOnlyList<WebhookDelivery> Items, int Total)> ListAsync(WebhookDeliveryFilter filter, int page, int pageSize, CancellationToken cancellationToken);

    Task<IReadOnlyList<WebhookDeliveryAttempt>> ListAttemptsAsync(Guid deliveryId, CancellationToken cancellationToken);
}

/// <summary>How a claimed delivery ended.</summary>
public sealed record WebhookRelease(
    WebhookDeliveryStatus Status,
    int? StatusCode,
    string? Error,
    int? DurationMs,
    DateTimeOffset? AttemptedAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt);

/// <summary>The filters of the delivery log; null: any. <see cref="ClientId"/> null only for the admin.</summary>
public sealed record WebhookDeliveryFilter(string? ClientId, Guid? SubscriptionId, Guid? ApplicationId, Guid? EventId, string? EventType, WebhookDeliveryStatus? Status);

/// <summary>Queues the jobs of the deliveries (Hangfire).</summary>
public interface IWebhookJobs
{
    /// <summary>An attempt now.</summary>
    void Send(Guid deliveryId);

    /// <summary>An attempt after <paramref name="delay"/>.</summary>
    void Retry(Guid deliveryId, TimeSpan delay);
}

/// <summary>Posts one delivery: no redirect followed, a short timeout, only to addresses the installation allows.</summary>
public interface IWebhookPoster
{
    Task<WebhookPostResult> PostAsync(Uri url, string body, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken);
}

/// <param name="StatusCode">The receiver's status; null when no answer came (refused address, network error, timeout).</param>
public sealed record WebhookPostResult(int? StatusCode, TimeSpan Duration, string? Error)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}

/// <summary>Bound from <c>Review:Webhooks</c> (ADR-0035).</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Review:Webhooks";

    /// <summary>How long one POST may take, connection included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts of one round (the first included) before a delivery is Failed.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failure; doubled after each further one.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Whether webhooks may name and reach loopback and private addresses (Development and tests only).</summary>
    public bool AllowPrivateNetworks { get; set; }
}

/// <summary>The header names of a delivery (ADR-0035, <c>docs/webhooks.md</c>).</summary>
public static class WebhookHeaders
{
    /// <summary>The event's id: the idempotency key, the same on every attempt and replay of this event.</summary>
    public const string EventId = "X-Enrollment-Event-Id";

    public const string EventType = "X-Enrollment-Event-Type";

    /// <summary>Unix seconds (UTC) of this attempt, part of the signed text.</summary>
    public const string Timestamp = "X-Enrollment-Timestamp";

    /// <summary><c>v1=</c> + hex HMAC-SHA256(secret, timestamp + "." + body).</summary>
    public const string Signature = "X-Enrollment-Signature";

    /// <summary>This delivery (one subscription, one event): the same across its attempts and replays.</summary>
    public const string DeliveryId = "X-Enrollment-Delivery-Id";

    /// <summary>1, 2, ... over every attempt of the delivery.</summary>
    public const string Attempt = "X-Enrollment-Attempt";
}
