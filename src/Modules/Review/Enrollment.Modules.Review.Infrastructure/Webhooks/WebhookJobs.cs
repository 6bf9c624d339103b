using Enrollment.Modules.Review.Application.Webhooks;
using Enrollment.Modules.Review.Application.Webhooks.Deliveries.SendDelivery;
using Hangfire;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Enrollment.Modules.Review.Infrastructure.Webhooks;

/// <summary>
/// The Hangfire job of a webhook delivery (ADR-0035): one attempt per run. A failed POST is not an exception — the
/// command records it and schedules the next attempt itself (its back-off is configuration, <c>Review:Webhooks</c>) —
/// so Hangfire's own retries only cover a run that could not finish: the database away, or another job holding the
/// delivery's claim.
/// </summary>
internal sealed class WebhookDeliveryJob(IServiceScopeFactory scopes)
{
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [10, 30, 60, 300, 600])]
    public async Task SendAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SendWebhookDeliveryCommand(deliveryId), cancellationToken);
    }
}

/// <summary>The Application layer's scheduling port on Hangfire.</summary>
internal sealed class HangfireWebhookJobs(IBackgroundJobClient jobs) : IWebhookJobs
{
    public void Send(Guid deliveryId) =>
        jobs.Enqueue<WebhookDeliveryJob>(job => job.SendAsync(deliveryId, CancellationToken.None));

    public void Retry(Guid deliveryId, TimeSpan delay) =>
        jobs.Schedule<WebhookDeliveryJob>(job => job.SendAsync(deliveryId, CancellationToken.None), delay);
}
