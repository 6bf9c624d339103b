using System.Globalization;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Identity.Contracts.Clients;
using Enrollment.Modules.Review.Domain.Webhooks;
using Mediator;

namespace Enrollment.Modules.Review.Application.Webhooks.Deliveries.SendDelivery;

/// <summary>
/// One attempt at posting a delivery (the Hangfire job's body, ADR-0035). Claims it first, so that of two jobs, a retry
/// and a replay, or two instances only one posts at a time, and a delivery that succeeded is never posted again by a
/// job. A failed attempt (no answer, timeout, refused address, not 2xx) is recorded and the next one scheduled after
/// the back-off; the last one of the round marks it Failed.
/// </summary>
public sealed record SendWebhookDeliveryCommand(Guid DeliveryId) : ICommand<WebhookSendOutcome>;

public enum WebhookSendOutcome
{
    Succeeded,

    /// <summary>This attempt failed; another is scheduled.</summary>
    RetryScheduled,

    /// <summary>This attempt failed and was the round's last.</summary>
    Failed,

    /// <summary>Nothing sent: the subscription is paused or deleted, or the client revoked.</summary>
    Cancelled,

    /// <summary>Already done (or replaced) by another attempt; nothing was sent.</summary>
    AlreadyDone,
}

/// <summary>Another job holds the delivery's claim now: this one is retried by Hangfire and then finds it done (or the claim run out).</summary>
public sealed class WebhookDeliveryBusyException(Guid deliveryId)
    : Exception($"Webhook delivery {deliveryId} is being posted by another job.");

internal sealed class SendWebhookDeliveryCommandHandler(
    IWebhookDeliveryRepository deliveries,
    IWebhookSubscriptionRepository subscriptions,
    IWebhookPoster poster,
    IWebhookJobs jobs,
    WebhookOptions options,
    ISender sender,
    TimeProvider clock)
    : ICommandHandler<SendWebhookDeliveryCommand, WebhookSendOutcome>
{
    public async ValueTask<WebhookSendOutcome> Handle(SendWebhookDeliveryCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        var token = Guid.NewGuid();

        // Longer than one POST can take; a job that dies while holding it is replaced after it.
        var lease = options.Timeout + TimeSpan.FromMinutes(1);
        if (!await deliveries.TryClaimAsync(command.DeliveryId, token, now, now + lease, cancellationToken))
        {
            var current = await deliveries.GetAsync(command.DeliveryId, cancellationToken);
            return current is null || !current.IsOpen ? WebhookSendOutcome.AlreadyDone : throw new WebhookDeliveryBusyException(command.DeliveryId);
        }

        var delivery = await deliveries.GetAsync(command.DeliveryId, cancellationToken) ?? throw new NotFoundException("webhook-delivery", command.DeliveryId);
        var subscription = (await subscriptions.GetManyAsync([delivery.SubscriptionId], cancellationToken)).GetValueOrDefault(delivery.SubscriptionId);
        var cancelled = subscription is not { IsActive: true, IsDeleted: false } ? "推送地址已停用或已删除"
            : !await sender.Send(new IsIntegratorClientActiveQuery(delivery.ClientId), cancellationToken) ? "接口客户端已吊销"
            : null;
        if (cancelled is not null)
        {
            await deliveries.ReleaseAsync(delivery.Id, token, new WebhookRelease(WebhookDeliveryStatus.Cancelled, null, cancelled, null, null, null, null), null, CancellationToken.None);
            return WebhookSendOutcome.Cancelled;
        }

        var started = clock.GetUtcNow();
        var timestamp = WebhookSignature.Timestamp(started);
        var headers = new Dictionary<string, string>
        {
            [WebhookHeaders.EventId] = delivery.EventId.ToString(),
            [WebhookHeaders.EventType] = delivery.EventType,
            [WebhookHeaders.Timestamp] = timestamp,
            [WebhookHeaders.Signature] = WebhookSignature.Sign(subscription!.Secret, timestamp, delivery.Payload),
            [WebhookHeaders.DeliveryId] = delivery.Id.ToString(),
            [WebhookHeaders.Attempt] = delivery.TotalAttempts.ToString(CultureInfo.InvariantCulture),
        };
        var result = await poster.PostAsync(new Uri(subscription.Url), delivery.Payload, headers, cancellationToken);
        var durationMs = (int)Math.Min(int.MaxValue, Math.Round(result.Duration.TotalMilliseconds));
        var error = result.Succeeded ? null : result.Error ?? $"HTTP {result.StatusCode}";
        var attempt = WebhookDeliveryAttempt.Record(delivery.Id, delivery.TotalAttempts, started, durationMs, result.StatusCode, result.Succeeded, error);
        if (result.Succeeded)
        {
            await deliveries.ReleaseAsync(
                delivery.Id, token, new WebhookRelease(WebhookDeliveryStatus.Succeeded, result.StatusCode, null, durationMs, started, null, clock.GetUtcNow()), attempt, CancellationToken.None);
            return WebhookSendOutcome.Succeeded;
        }

        var delay = WebhookBackoff.NextDelay(delivery.Attempts, options.MaxAttempts, options.FirstRetryDelay, options.MaxRetryDelay);
        if (delay is null)
        {
            await deliveries.ReleaseAsync(
                delivery.Id, token, new WebhookRelease(WebhookDeliveryStatus.Failed, result.StatusCode, error, durationMs, started, null, null), attempt, CancellationToken.None);
            return WebhookSendOutcome.Failed;
        }

        // Scheduled before the claim ends: should this process die in between, the retry still comes (and waits for the claim to run out).
        jobs.Retry(delivery.Id, delay.Value);
        await deliveries.ReleaseAsync(
            delivery.Id, token, new WebhookRelease(WebhookDeliveryStatus.Pending, result.StatusCode, error, durationMs, started, started + delay.Value, null), attempt, CancellationToken.None);
        return WebhookSendOutcome.RetryScheduled;
    }
}
