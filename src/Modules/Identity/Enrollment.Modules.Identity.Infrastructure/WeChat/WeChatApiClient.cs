using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Enrollment.Modules.Identity.Application.WeChat;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Enrollment.Modules.Identity.Infrastructure.WeChat;

/// <summary>
/// Our own WeChat client (ADR-0007): typed <see cref="HttpClient"/> with retries on network errors and
/// 5xx only (a business errcode is an answer, never retried).
/// </summary>
internal sealed class WeChatApiClient(
    HttpClient http,
    IOptions<WeChatOptions> options,
    WeChatCredentialStore credentials,
    IMemoryCache cache,
    WeChatAddresses addresses,
    TimeProvider clock) : IWeChatOAuth, IWeChatMessenger, IWeChatJsSdk
{
    public const string HttpClientName = "WeChat";
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(5);

    private WeChatOptions Options => options.Value;

    public string BuildAuthorizeUrl(string redirectUri, string state, bool userInfo = false) =>
        $"{addresses.Open}/connect/oauth2/authorize?appid={Uri.EscapeDataString(Options.AppId)}&redirect_uri={Uri.EscapeDataString(redirectUri)}"
        + $"&response_type=code&scope={(userInfo ? "snsapi_userinfo" : "snsapi_base")}&state={Uri.EscapeDataString(state)}#wechat_redirect";

    public async Task<WeChatUser> ExchangeCodeAsync(string code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 128)
        {
            throw new WeChatException(WeChatException.InvalidCode, "invalid code");
        }

        var key = $"wechat:code:{code}";
        if (cache.TryGetValue(key, out WeChatUser? known) && known is not null)
        {
            return known;
        }

        var url = $"{addresses.Api}/sns/oauth2/access_token?appid={Uri.EscapeDataString(Options.AppId)}&secret={Uri.EscapeDataString(Options.AppSecret)}&code={Uri.EscapeDataString(code)}&grant_type=authorization_code";
        var answer = await SendAsync<OAuthTokenAnswer>(new HttpRequestMessage(HttpMethod.Get, url), cancellationToken);
        var user = new WeChatUser(answer.OpenId ?? throw new WeChatException(-1, "no openid"), string.IsNullOrEmpty(answer.UnionId) ? null : answer.UnionId);
        cache.Set(key, user, CodeLifetime);
        return user;
    }

    public async Task<long> SendTemplateMessageAsync(TemplateMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = new Dictionary<string, object?>
        {
            ["touser"] = message.OpenId,
            ["template_id"] = message.TemplateId,
            ["url"] = message.Url,
            ["data"] = message.Data.ToDictionary(d => d.Key, d => new { value = d.Value }),
        };
        var answer = await WithAccessTokenAsync<MessageAnswer>("cgi-bin/message/template/send", body, cancellationToken);
        return answer.MsgId;
    }

    public async Task SendSubscribeMessageAsync(SubscribeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = new Dictionary<string, object?>
        {
            ["touser"] = message.OpenId,
            ["template_id"] = message.TemplateId,
            ["page"] = message.Page,
            ["data"] = message.Data.ToDictionary(d => d.Key, d => new { value = d.Value }),
        };
        await WithAccessTokenAsync<MessageAnswer>("cgi-bin/message/subscribe/bizsend", body, cancellationToken);
    }

    public async Task<JsSdkConfig> GetConfigAsync(string url, CancellationToken cancellationToken)
    {
        var ticket = await credentials.GetAsync(WeChatCredentialStore.JsApiTicket, async ct =>
        {
            var token = await GetAccessTokenAsync(ct);
            var answer = await SendAsync<TicketAnswer>(new HttpRequestMessage(HttpMethod.Get, $"{addresses.Api}/cgi-bin/ticket/getticket?access_token={Uri.EscapeDataString(token)}&type=jsapi"), ct);
            return (answer.Ticket ?? throw new WeChatException(-1, "no ticket"), answer.ExpiresIn);
        }, cancellationToken);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        return new JsSdkConfig(Options.AppId, timestamp, nonce, JsSdkSignature.Sign(ticket, nonce, timestamp, url));
    }

    public Task<string> GetAccessTokenAsync(CancellationToken cancellationToken) =>
        credentials.GetAsync(WeChatCredentialStore.AccessToken, async ct =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"{addresses.Api}/cgi-bin/stable_token")
            {
                Content = JsonContent.Create(new { grant_type = "client_credential", appid = Options.AppId, secret = Options.AppSecret, force_refresh = false }),
            };
            var answer = await SendAsync<AccessTokenAnswer>(request, ct);
            return (answer.AccessToken ?? throw new WeChatException(-1, "no access_token"), answer.ExpiresIn);
        }, cancellationToken);

    private async Task<T> WithAccessTokenAsync<T>(string path, object body, CancellationToken cancellationToken)
        where T : WeChatAnswer
    {
        for (var attempt = 0; ; attempt++)
        {
            var token = await GetAccessTokenAsync(cancellationToken);
            var request = new HttpRequestMessage(HttpMethod.Post, $"{addresses.Api}/{path}?access_token={Uri.EscapeDataString(token)}") { Content = JsonContent.Create(body) };
            try
            {
                return await SendAsync<T>(request, cancellationToken);
            }
            catch (WeChatException exception) when (attempt == 0 && exception.ErrorCode is 40001 or 40014 or 42001)
            {
                // The shared token was replaced or expired early: forget it and try once more with a new one.
                await credentials.InvalidateAsync(WeChatCredentialStore.AccessToken, token, cancellationToken);
            }
        }
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
        where T : WeChatAnswer
    {
        using (request)
        {
            using var response = await http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            var answer = await response.Content.ReadFromJsonAsync<T>(cancellationToken) ?? throw new WeChatException(-1, "empty answer");
            if (answer.ErrCode != 0)
            {
                throw new WeChatException(answer.ErrCode, answer.ErrMsg);
            }

            return answer;
        }
    }

    internal class WeChatAnswer
    {
        [JsonPropertyName("errcode")]
        public int ErrCode { get; set; }

        [JsonPropertyName("errmsg")]
        public string? ErrMsg { get; set; }
    }

    internal sealed class OAuthTokenAnswer : WeChatAnswer
    {
        [JsonPropertyName("openid")]
        public string? OpenId { get; set; }

        [JsonPropertyName("unionid")]
        public string? UnionId { get; set; }
    }

    internal sealed class AccessTokenAnswer : WeChatAnswer
    {
        [JsonPropertyName("access_token")]
        public string? AccessToken { get; set; }

        [JsonPropertyName("expires_in")]
        public int ExpiresIn { get; set; }
    }

    internal sealed class TicketAnswer : WeChatAnswer
    {
        [JsonPropertyName("ticket")]
        public string? Ticket { get; set; }

        [JsonPropertyName("expires_in")]
        public int ExpiresIn { get; set; }
    }

    internal sealed class MessageAnswer : WeChatAnswer
    {
        [JsonPropertyName("msgid")]
        public long MsgId { get; set; }
    }
}

/// <summary>Where the WeChat hosts are: configured, or this host's own simulator.</summary>
internal sealed class WeChatAddresses(IOptions<WeChatOptions> options, IServer server)
{
    public const string SimulatorPath = "/_wechat-sim";

    public string Api => string.IsNullOrWhiteSpace(options.Value.ApiBaseUrl) ? Self() + SimulatorPath : options.Value.ApiBaseUrl.TrimEnd('/');

    /// <summary>For the browser: a path on this host when it is the simulator.</summary>
    public string Open => string.IsNullOrWhiteSpace(options.Value.OpenBaseUrl) ? SimulatorPath : options.Value.OpenBaseUrl.TrimEnd('/');

    private string Self()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
        return address.Replace("0.0.0.0", "localhost", StringComparison.Ordinal).Replace("[::]", "localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal).TrimEnd('/');
    }
}

/// <summary>The JS-SDK signature: SHA-1 of <c>jsapi_ticket=…&amp;noncestr=…&amp;timestamp=…&amp;url=…</c> (the URL without its fragment).</summary>
internal static class JsSdkSignature
{
    public static string Sign(string ticket, string nonce, long timestamp, string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var page = hash >= 0 ? url[..hash] : url;
        var text = string.Create(CultureInfo.InvariantCulture, $"jsapi_ticket={ticket}&noncestr={nonce}&timestamp={timestamp}&url={page}");
#pragma warning disable CA5350 // SHA-1 is what WeChat specifies.
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5350
    }

    /// <summary>The server URL check (服务器配置): SHA-1 of token, timestamp and nonce, sorted and joined.</summary>
    public static bool IsFromWeChat(string token, string? signature, string? timestamp, string? nonce)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(nonce))
        {
            return false;
        }

        var parts = new[] { token, timestamp, nonce };
        Array.Sort(parts, StringComparer.Ordinal);
#pragma warning disable CA5350
        var expected = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
#pragma warning restore CA5350
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature.ToLowerInvariant()));
    }
}
