using Enrollment.Modules.Review.Domain.Webhooks;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Review.Application.Webhooks.Deliveries.ListDeliveries;

/// <summary>The delivery log, newest first: one client's (<see cref="ClientId"/>), or every client's (null: the admin).</summary>
/// <param name="EventType"><c>application.accepted</c>, <c>application.returned</c> or <c>application.deleted</c>.</param>
/// <param name="Status"><c>Pending</c>, <c>Sending</c>, <c>Succeeded</c>, <c>Failed</c> or <c>Cancelled</c>.</param>
public sealed record ListWebhookDeliveriesQuery(
    string? ClientId,
    Guid? SubscriptionId = null,
    Guid? ApplicationId = null,
    Guid? EventId = null,
    string? EventType = null,
    string? Status = null,
    int Page = 1,
    int PageSize = ListWebhookDeliveriesQuery.DefaultPageSize) : IQuery<WebhookDeliveryPage>
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
}

internal sealed class ListWebhookDeliveriesQueryValidator : AbstractValidator<ListWebhookDeliveriesQuery>
{
    public ListWebhookDeliveriesQueryValidator()
    {
        RuleFor(q => q.EventType).Must(t => t is null || WebhookEventTypes.IsKnown(t))
            .WithMessage($"eventType 应为 {string.Join("、", WebhookEventTypes.All)}");
        RuleFor(q => q.Status).Must(s => s is null || (Enum.TryParse<WebhookDeliveryStatus>(s, ignoreCase: false, out _) && !int.TryParse(s, out _)))
            .WithMessage("status 应为 Pending、Sending、Succeeded、Failed 或 Cancelled");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("page 从1开始");
        RuleFor(q => q.PageSize).InclusiveBetween(1, ListWebhookDeliveriesQuery.MaxPageSize).WithMessage($"pageSize 应在1至{ListWebhookDeliveriesQuery.MaxPageSize}之间");
    }
}

internal sealed class ListWebhookDeliveriesQueryHandler(IWebhookDeliveryRepository deliveries, IWebhookSubscriptionRepository subscriptions)
    : IQueryHandler<ListWebhookDeliveriesQuery, WebhookDeliveryPage>
{
    public async ValueTask<WebhookDeliveryPage> Handle(ListWebhookDeliveriesQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new WebhookDeliveryFilter(
            query.ClientId, query.SubscriptionId, query.ApplicationId, query.EventId, query.EventType, query.Status is null ? null : Enum.Parse<WebhookDeliveryStatus>(query.Status));
        var (items, total) = await deliveries.ListAsync(filter, query.Page, query.PageSize, cancellationToken);
        var urls = await subscriptions.GetManyAsync(items.Select(d => d.SubscriptionId), cancellationToken);
        return new WebhookDeliveryPage(
            [.. items.Select(d => WebhookDeliveryLine.Of(d, urls.TryGetValue(d.SubscriptionId, out var s) ? s.Url : string.Empty))],
            total,
            query.Page,
            query.PageSize);
    }
}
