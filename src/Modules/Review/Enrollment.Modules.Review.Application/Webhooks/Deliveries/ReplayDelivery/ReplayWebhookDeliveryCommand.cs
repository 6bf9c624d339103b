using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Review.Domain.Webhooks;
using Enrollment.Modules.Review.Domain.Webhooks.Rules;
using Mediator;

namespace Enrollment.Modules.Review.Application.Webhooks.Deliveries.ReplayDelivery;

/// <summary>
/// Posts a delivery again — succeeded, failed, cancelled or waiting for a retry — with the same event id (the
/// receiver's idempotency key) and the same body, in a new round of attempts. By its client (<see cref="ClientId"/>;
/// another client's is not found) or by the admin (null; audited as a configuration change at the HTTP edge).
/// </summary>
public sealed record ReplayWebhookDeliveryCommand(string? ClientId, Guid DeliveryId) : ICommand<WebhookDeliveryLine>;

internal sealed class ReplayWebhookDeliveryCommandHandler(IWebhookDeliveryRepository deliveries, IWebhookSubscriptionRepository subscriptions, IWebhookJobs jobs)
    : ICommandHandler<ReplayWebhookDeliveryCommand, WebhookDeliveryLine>
{
    public async ValueTask<WebhookDeliveryLine> Handle(ReplayWebhookDeliveryCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var delivery = await deliveries.GetAsync(command.DeliveryId, cancellationToken);
        if (delivery is null || (command.ClientId is not null && delivery.ClientId != command.ClientId))
        {
            throw new NotFoundException("webhook-delivery", command.DeliveryId);
        }

        var subscription = (await subscriptions.GetManyAsync([delivery.SubscriptionId], cancellationToken)).GetValueOrDefault(delivery.SubscriptionId);
        WebhookDelivery.CheckReplayable(delivery, subscription);

        // One conditional update: an attempt that started since the read wins, and the replay is refused as in progress.
        if (!await deliveries.ReopenAsync(delivery.Id, cancellationToken))
        {
            throw new BusinessRuleValidationException(new WebhookDeliveryMustNotBeInProgressRule(WebhookDeliveryStatus.Sending));
        }

        jobs.Send(delivery.Id);
        var reopened = await deliveries.GetAsync(delivery.Id, cancellationToken) ?? delivery;
        return WebhookDeliveryLine.Of(reopened, subscription!.Url);
    }
}
