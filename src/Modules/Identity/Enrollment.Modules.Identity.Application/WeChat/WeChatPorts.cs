namespace Enrollment.Modules.Identity.Application.WeChat;

/// <summary>WeChat web authorization (网页授权): a code from the authorize redirect becomes the user's openid.</summary>
public interface IWeChatOAuth
{
    /// <summary>The URL to send the browser to. <paramref name="userInfo"/> asks for snsapi_userinfo instead of snsapi_base.</summary>
    string BuildAuthorizeUrl(string redirectUri, string state, bool userInfo = false);

    /// <summary>Exchanges a code; the result is kept for the code's five minutes, so a page refresh still signs in.</summary>
    /// <exception cref="WeChatException">WeChat answered with an errcode (40029 invalid code, 40163 code used).</exception>
    Task<WeChatUser> ExchangeCodeAsync(string code, CancellationToken cancellationToken);
}

public sealed record WeChatUser(string OpenId, string? UnionId);

/// <summary>Messages to a follower of the official account.</summary>
public interface IWeChatMessenger
{
    /// <summary><c>cgi-bin/message/template/send</c>; returns WeChat's msgid.</summary>
    Task<long> SendTemplateMessageAsync(TemplateMessage message, CancellationToken cancellationToken);

    /// <summary><c>cgi-bin/message/subscribe/bizsend</c> (subscription message of a service account).</summary>
    Task SendSubscribeMessageAsync(SubscribeMessage message, CancellationToken cancellationToken);
}

/// <summary>The official account's template ids (模板消息) of the platform's messages to parents.</summary>
public interface IWeChatTemplates
{
    /// <summary>Null when none is configured for <paramref name="template"/> (the message then goes by SMS).</summary>
    string? TemplateIdFor(string template);
}

public sealed record TemplateMessage(string OpenId, string TemplateId, IReadOnlyDictionary<string, string> Data, string? Url = null);

public sealed record SubscribeMessage(string OpenId, string TemplateId, IReadOnlyDictionary<string, string> Data, string? Page = null);

/// <summary>JS-SDK <c>wx.config</c> for a page URL.</summary>
public interface IWeChatJsSdk
{
    Task<JsSdkConfig> GetConfigAsync(string url, CancellationToken cancellationToken);
}

public sealed record JsSdkConfig(string AppId, long Timestamp, string NonceStr, string Signature);

/// <summary>WeChat answered with a business error code (errcode ≠ 0).</summary>
public sealed class WeChatException(int errorCode, string? errorMessage)
    : Exception($"WeChat error {errorCode}: {errorMessage}")
{
    public const int InvalidCode = 40029;
    public const int CodeUsed = 40163;

    public int ErrorCode { get; } = errorCode;

    public string? ErrorMessage { get; } = errorMessage;
}
