using Enrollment.Modules.Review.Domain.Webhooks;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Review.Application.Webhooks.Subscriptions.CreateSubscription;

/// <summary>An integrator client registers a URL for some events; the answer carries the signing secret, once.</summary>
public sealed record CreateWebhookSubscriptionCommand(string ClientId, string? Url, IReadOnlyList<string>? Events, string? Description) : ICommand<WebhookSubscriptionDto>;

internal sealed class CreateWebhookSubscriptionCommandValidator : AbstractValidator<CreateWebhookSubscriptionCommand>
{
    public CreateWebhookSubscriptionCommandValidator()
    {
        RuleFor(c => c.Url).NotEmpty().WithMessage("请填写推送地址");
        RuleFor(c => c.Events).NotEmpty().WithMessage("请至少选择一个事件");
        RuleFor(c => c.Description).MaximumLength(WebhookSubscription.MaxDescriptionLength).WithMessage($"说明不能超过{WebhookSubscription.MaxDescriptionLength}个字");
    }
}

internal sealed class CreateWebhookSubscriptionCommandHandler(IWebhookSubscriptionRepository subscriptions, WebhookOptions options, TimeProvider clock)
    : ICommandHandler<CreateWebhookSubscriptionCommand, WebhookSubscriptionDto>
{
    public async ValueTask<WebhookSubscriptionDto> Handle(CreateWebhookSubscriptionCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var existing = await subscriptions.CountAsync(command.ClientId, cancellationToken);
        var secret = WebhookSignature.NewSecret();
        var subscription = WebhookSubscription.Create(
            command.ClientId, command.Url, command.Events, command.Description, existing, options.AllowPrivateNetworks, secret, clock.GetUtcNow());
        subscriptions.Add(subscription);
        return WebhookSubscriptionDto.Of(subscription, secret);
    }
}
