using Enrollment.BuildingBlocks.Domain;
using Mediator;

namespace Enrollment.Modules.Review.Application.Webhooks.Subscriptions.GetSubscription;

/// <summary>One subscription of the client (another client's, or a deleted one: not found). Never its secret.</summary>
public sealed record GetWebhookSubscriptionQuery(string ClientId, Guid Id) : IQuery<WebhookSubscriptionDto>;

internal sealed class GetWebhookSubscriptionQueryHandler(IWebhookSubscriptionRepository subscriptions)
    : IQueryHandler<GetWebhookSubscriptionQuery, WebhookSubscriptionDto>
{
    public async ValueTask<WebhookSubscriptionDto> Handle(GetWebhookSubscriptionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var subscription = await subscriptions.GetAsync(query.Id, cancellationToken);
        return subscription is { IsDeleted: false } && subscription.ClientId == query.ClientId
            ? WebhookSubscriptionDto.Of(subscription)
            : throw new NotFoundException("webhook", query.Id);
    }
}
