using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Review.Domain.Webhooks.Rules;

/// <summary>A replay waits until the attempt being made has ended (its outcome decides whether a replay is needed).</summary>
public sealed class WebhookDeliveryMustNotBeInProgressRule(WebhookDeliveryStatus status) : IBusinessRule
{
    public bool IsBroken() => status == WebhookDeliveryStatus.Sending;

    public string Code => "webhook.delivery.in-progress";

    public string Message => "该推送正在发送中，请稍后再重新推送";

    public RuleKind Kind => RuleKind.Conflict;
}
