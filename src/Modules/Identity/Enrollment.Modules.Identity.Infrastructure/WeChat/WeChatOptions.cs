namespace Enrollment.Modules.Identity.Infrastructure.WeChat;

/// <summary>Configuration section <c>WeChat</c>.</summary>
internal sealed class WeChatOptions
{
    public const string SectionName = "WeChat";

    public string AppId { get; set; } = "wx0000000000simulator";

    public string AppSecret { get; set; } = "simulator-secret";

    /// <summary>The token of the server URL configuration (服务器配置), used to verify WeChat's signature.</summary>
    public string Token { get; set; } = "simulator-token";

    /// <summary>Server-to-server calls (<c>https://api.weixin.qq.com</c>). Empty: this host's own simulator.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>The browser's authorize page (<c>https://open.weixin.qq.com</c>). Empty: this host's own simulator.</summary>
    public string? OpenBaseUrl { get; set; }

    /// <summary>How long before its expiry the shared access token (and jsapi_ticket) is refreshed.</summary>
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Template ids of the messages to parents by name (<c>application-returned</c>, <c>application-accepted</c>,
    /// <c>draft-reminder</c>), as the official account's 模板消息 lists them. The simulator takes any id.
    /// </summary>
    public Dictionary<string, string> Templates { get; set; } = new(StringComparer.Ordinal)
    {
        ["application-returned"] = "SIM_TMPL_APPLICATION_RETURNED",
        ["application-accepted"] = "SIM_TMPL_APPLICATION_ACCEPTED",
        ["draft-reminder"] = "SIM_TMPL_DRAFT_REMINDER",
    };

    /// <summary>How long one instance may hold the refresh lease of a shared credential.</summary>
    public TimeSpan RefreshLease { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>The template ids of <see cref="WeChatOptions.Templates"/>.</summary>
internal sealed class ConfiguredWeChatTemplates(Microsoft.Extensions.Options.IOptions<WeChatOptions> options) : Enrollment.Modules.Identity.Application.WeChat.IWeChatTemplates
{
    public string? TemplateIdFor(string template) =>
        options.Value.Templates.TryGetValue(template, out var id) && !string.IsNullOrWhiteSpace(id) ? id : null;
}
