using Enrollment.BuildingBlocks.Domain;
using Mediator;

namespace Enrollment.Modules.Review.Application.Webhooks.Deliveries.GetDelivery;

/// <summary>One delivery with its body and every attempt; another client's is not found (<see cref="ClientId"/> null: the admin, any).</summary>
public sealed record GetWebhookDeliveryQuery(string? ClientId, Guid DeliveryId) : IQuery<WebhookDeliveryDetail>;

internal sealed class GetWebhookDeliveryQueryHandler(IWebhookDeliveryRepository deliveries, IWebhookSubscriptionRepository subscriptions)
    : IQueryHandler<GetWebhookDeliveryQuery, WebhookDeliveryDetail>
{
    public async ValueTask<WebhookDeliveryDetail> Handle(GetWebhookDeliveryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var delivery = await deliveries.GetAsync(query.DeliveryId, cancellationToken);
        if (delivery is null || (query.ClientId is not null && delivery.ClientId != query.ClientId))
        {
            throw new NotFoundException("webhook-delivery", query.DeliveryId);
        }

        var subscription = (await subscriptions.GetManyAsync([delivery.SubscriptionId], cancellationToken)).GetValueOrDefault(delivery.SubscriptionId);
        var attempts = await deliveries.ListAttemptsAsync(delivery.Id, cancellationToken);
        return new WebhookDeliveryDetail(
            WebhookDeliveryLine.Of(delivery, subscription?.Url ?? string.Empty),
            delivery.Payload,
            [.. attempts.Select(a => new WebhookAttemptLine(a.Number, a.StartedAt, a.DurationMs, a.StatusCode, a.Succeeded, a.Error))]);
    }
}
