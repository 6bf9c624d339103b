using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Review.Domain.Webhooks.Rules;

/// <summary>A delivery is replayed only to a subscription that still exists and is active.</summary>
public sealed class WebhookSubscriptionMustBeActiveRule(WebhookSubscription? subscription) : IBusinessRule
{
    public bool IsBroken() => subscription is not { IsDeleted: false, IsActive: true };

    public string Code => "webhook.subscription.inactive";

    public string Message => "该推送地址已停用或已删除，无法重新推送";

    public RuleKind Kind => RuleKind.Conflict;
}
