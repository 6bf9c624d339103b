using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Review.Domain.Webhooks.Rules;

/// <summary>A subscription names at least one event, each of <see cref="WebhookEventTypes.All"/>.</summary>
public sealed class WebhookEventsMustBeKnownRule(IReadOnlyCollection<string>? events) : IBusinessRule
{
    public bool IsBroken() => events is null || events.Count == 0 || events.Any(e => !WebhookEventTypes.IsKnown(e));

    public string Code => "webhook.events.unknown";

    public string Message => $"请从 {string.Join("、", WebhookEventTypes.All)} 中选择至少一个事件";

    public string? Field => "events";
}
