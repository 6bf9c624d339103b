using Mediator;

namespace Enrollment.Modules.Review.Application.Webhooks.Subscriptions.ListSubscriptions;

/// <summary>The subscriptions of one client (<see cref="ClientId"/>), or of every client (null: the admin). Never a secret.</summary>
public sealed record ListWebhookSubscriptionsQuery(string? ClientId) : IQuery<IReadOnlyList<WebhookSubscriptionDto>>;

internal sealed class ListWebhookSubscriptionsQueryHandler(IWebhookSubscriptionRepository subscriptions)
    : IQueryHandler<ListWebhookSubscriptionsQuery, IReadOnlyList<WebhookSubscriptionDto>>
{
    public async ValueTask<IReadOnlyList<WebhookSubscriptionDto>> Handle(ListWebhookSubscriptionsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return [.. (await subscriptions.ListAsync(query.ClientId, cancellationToken)).Select(s => WebhookSubscriptionDto.Of(s))];
    }
}
