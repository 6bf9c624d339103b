using System.Text.Json;
using System.Text.Json.Serialization;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Contracts.IntegrationEvents;
using Enrollment.Modules.Review.Contracts.IntegrationEvents;
using Enrollment.Modules.Review.Domain.Webhooks;
using Mediator;

namespace Enrollment.Modules.Review.Application.Webhooks.Deliveries.QueueDeliveries;

/// <summary>
/// An accepted, returned or deleted application becomes one delivery per subscription to that event (ADR-0035): a row
/// keyed by (subscription, event id) and a job. The outbox delivers an event at least once: a redelivery finds the
/// rows and queues the jobs of those still open again (the claim lets only one of them post). The body names ids,
/// the status, the season and the school — never personal data, whatever the client's scopes: an integrator reads the
/// application itself through the API, with what its scopes allow.
/// </summary>
internal sealed class QueueWebhookDeliveries(
    IWebhookSubscriptionRepository subscriptions, IWebhookDeliveryRepository deliveries, IWebhookJobs jobs, ISender sender, TimeProvider clock)
    : INotificationHandler<ApplicationAcceptedIntegrationEvent>,
      INotificationHandler<ApplicationReturnedIntegrationEvent>,
      INotificationHandler<ApplicationDeletedIntegrationEvent>
{
    public ValueTask Handle(ApplicationAcceptedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return QueueAsync(notification.Id, WebhookEventTypes.ApplicationAccepted, "Accepted", notification.ApplicationId, notification.OccurredAt, cancellationToken);
    }

    public ValueTask Handle(ApplicationReturnedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return QueueAsync(notification.Id, WebhookEventTypes.ApplicationReturned, "Returned", notification.ApplicationId, notification.OccurredAt, cancellationToken);
    }

    public ValueTask Handle(ApplicationDeletedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return QueueAsync(notification.Id, WebhookEventTypes.ApplicationDeleted, "Deleted", notification.ApplicationId, notification.OccurredAt, cancellationToken);
    }

    private async ValueTask QueueAsync(Guid eventId, string eventType, string status, Guid applicationId, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var wanting = await subscriptions.ListWantingAsync(eventType, cancellationToken);
        if (wanting.Count == 0)
        {
            return;
        }

        ApplicationForWebhook application;
        try
        {
            application = await sender.Send(new GetApplicationForWebhookQuery(applicationId), cancellationToken);
        }
        catch (NotFoundException)
        {
            return;
        }

        // A draft deleted before it was ever submitted: integrators never saw it.
        if (!application.WasSubmitted)
        {
            return;
        }

        var payload = WebhookPayload.Serialize(new WebhookPayload(
            eventId,
            eventType,
            occurredAt,
            new WebhookPayloadData(applicationId, status, application.SeasonId, application.SeasonYear, application.SchoolId, application.GraduationType)));
        foreach (var subscription in wanting)
        {
            var delivery = await deliveries.FindAsync(subscription.Id, eventId, cancellationToken);
            if (delivery is null)
            {
                var fresh = WebhookDelivery.Create(subscription, eventId, eventType, applicationId, occurredAt, payload, clock.GetUtcNow());
                delivery = await deliveries.TryAddAsync(fresh, cancellationToken) ? fresh : await deliveries.FindAsync(subscription.Id, eventId, cancellationToken);
            }

            if (delivery is { IsOpen: true })
            {
                jobs.Send(delivery.Id);
            }
        }
    }
}

/// <summary>The body of every delivery (camelCase JSON, ADR-0035).</summary>
/// <param name="Id">The event's id: the idempotency key (also <c>X-Enrollment-Event-Id</c>).</param>
/// <param name="Type"><c>application.accepted</c>, <c>application.returned</c> or <c>application.deleted</c>.</param>
/// <param name="OccurredAt">When the decision or the deletion was made.</param>
public sealed record WebhookPayload(Guid Id, string Type, DateTimeOffset OccurredAt, WebhookPayloadData Data)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public static string Serialize(WebhookPayload payload) => JsonSerializer.Serialize(payload, Json);
}

/// <param name="Status">The application's status after the event: <c>Accepted</c>, <c>Returned</c> or <c>Deleted</c>.</param>
/// <param name="SchoolId">The graduation school.</param>
/// <param name="GraduationType"><c>KindergartenGraduate</c> or <c>PrimaryGraduate</c>.</param>
public sealed record WebhookPayloadData(Guid ApplicationId, string Status, Guid SeasonId, int SeasonYear, Guid? SchoolId, string GraduationType);
