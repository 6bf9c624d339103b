using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Review.Domain.Webhooks;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Review.Application.Webhooks.Subscriptions.UpdateSubscription;

/// <summary>Replaces a subscription's URL, events, description and whether it is active (the secret stays). Another client's: not found.</summary>
public sealed record UpdateWebhookSubscriptionCommand(string ClientId, Guid Id, string? Url, IReadOnlyList<string>? Events, string? Description, bool IsActive) : ICommand<WebhookSubscriptionDto>;

internal sealed class UpdateWebhookSubscriptionCommandValidator : AbstractValidator<UpdateWebhookSubscriptionCommand>
{
    public UpdateWebhookSubscriptionCommandValidator()
    {
        RuleFor(c => c.Url).NotEmpty().WithMessage("请填写推送地址");
        RuleFor(c => c.Events).NotEmpty().WithMessage("请至少选择一个事件");
        RuleFor(c => c.Description).MaximumLength(WebhookSubscription.MaxDescriptionLength).WithMessage($"说明不能超过{WebhookSubscription.MaxDescriptionLength}个字");
    }
}

internal sealed class UpdateWebhookSubscriptionCommandHandler(IWebhookSubscriptionRepository subscriptions, WebhookOptions options, TimeProvider clock)
    : ICommandHandler<UpdateWebhookSubscriptionCommand, WebhookSubscriptionDto>
{
    public async ValueTask<WebhookSubscriptionDto> Handle(UpdateWebhookSubscriptionCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var subscription = await subscriptions.GetAsync(command.Id, cancellationToken);
        if (subscription is null || subscription.IsDeleted || subscription.ClientId != command.ClientId)
        {
            throw new NotFoundException("webhook", command.Id);
        }

        subscription.Change(command.Url, command.Events, command.Description, command.IsActive, options.AllowPrivateNetworks, clock.GetUtcNow());
        return WebhookSubscriptionDto.Of(subscription);
    }
}
