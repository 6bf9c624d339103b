using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Review.Domain.Webhooks.Rules;

/// <summary>One client holds at most <see cref="WebhookSubscription.MaxPerClient"/> subscriptions (each event is posted once to each).</summary>
public sealed class ClientMustNotHaveTooManyWebhooksRule(int existing) : IBusinessRule
{
    public bool IsBroken() => existing >= WebhookSubscription.MaxPerClient;

    public string Code => "webhook.subscriptions.too-many";

    public string Message => $"每个接口客户端最多登记{WebhookSubscription.MaxPerClient}个推送地址";

    public RuleKind Kind => RuleKind.Conflict;
}
