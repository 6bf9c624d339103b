using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Review.Domain.Webhooks.Rules;

/// <summary>A webhook goes to an absolute <c>http://</c> or <c>https://</c> address, without user name, password or fragment.</summary>
public sealed class WebhookUrlMustBeAbsoluteHttpRule(string? url) : IBusinessRule
{
    public bool IsBroken() => WebhookTargets.Parse(url) is null;

    public string Code => "webhook.url.invalid";

    public string Message => $"推送地址须为以 http:// 或 https:// 开头的完整网址（不含用户名、密码和 #），不超过{WebhookTargets.MaxUrlLength}个字符";

    public string? Field => "url";
}
