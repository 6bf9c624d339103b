using Enrollment.BuildingBlocks.Domain;
using Mediator;

namespace Enrollment.Modules.Review.Application.Webhooks.Subscriptions.DeleteSubscription;

/// <summary>Deletes a subscription: nothing more is posted to it (waiting deliveries end Cancelled); its log stays. Another client's: not found.</summary>
public sealed record DeleteWebhookSubscriptionCommand(string ClientId, Guid Id) : ICommand<Unit>;

internal sealed class DeleteWebhookSubscriptionCommandHandler(IWebhookSubscriptionRepository subscriptions, TimeProvider clock)
    : ICommandHandler<DeleteWebhookSubscriptionCommand, Unit>
{
    public async ValueTask<Unit> Handle(DeleteWebhookSubscriptionCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var subscription = await subscriptions.GetAsync(command.Id, cancellationToken);
        if (subscription is null || subscription.IsDeleted || subscription.ClientId != command.ClientId)
        {
            throw new NotFoundException("webhook", command.Id);
        }

        subscription.Delete(clock.GetUtcNow());
        return Unit.Value;
    }
}
