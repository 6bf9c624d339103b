using Enrollment.BuildingBlocks.Domain.PersonalData;
using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Enrollment.Modules.Identity.Application.Abstractions;
using Enrollment.Modules.Identity.Infrastructure.WeChat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enrollment.Modules.Identity.Infrastructure.Simulator;

/// <summary>What the simulator remembers: codes, tokens, every message and text message, and how often tokens were fetched.</summary>
internal sealed class WeChatSimulatorState(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, IssuedCode> _codes = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _accessTokens = new();
    private readonly ConcurrentQueue<RecordedMessage> _messages = new();
    private readonly ConcurrentQueue<RecordedSms> _sms = new();
    private readonly ConcurrentQueue<string> _openIds = new();
    private readonly ConcurrentDictionary<string, int> _refusals = new(StringComparer.Ordinal);
    private int _accessTokenFetches;
    private int _ticketFetches;
    private int _failNextSends;

    public int AccessTokenFetches => _accessTokenFetches;

    public int TicketFetches => _ticketFetches;

    public IReadOnlyList<RecordedMessage> Messages => [.. _messages];

    public IReadOnlyList<RecordedSms> Sms => [.. _sms];

    public IReadOnlyList<string> RecentOpenIds => [.. _openIds.Distinct().Reverse().Take(10)];

    public string IssueCode(string openId, string? unionId)
    {
        var code = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _codes[code] = new IssuedCode(openId, unionId, clock.GetUtcNow());
        _openIds.Enqueue(openId);
        return code;
    }

    /// <summary>40029 unknown or older than five minutes, 40163 already used.</summary>
    public (IssuedCode? Code, int ErrCode) Redeem(string code)
    {
        if (!_codes.TryGetValue(code, out var issued) || clock.GetUtcNow() - issued.IssuedAt > TimeSpan.FromMinutes(5))
        {
            return (null, 40029);
        }

        return _codes.TryUpdate(code, issued with { Used = true }, issued with { Used = false }) ? (issued, 0) : (null, 40163);
    }

    public (string Token, int ExpiresIn) IssueAccessToken()
    {
        Interlocked.Increment(ref _accessTokenFetches);
        var token = "SIM_AT_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _accessTokens[token] = clock.GetUtcNow().AddSeconds(7200);
        return (token, 7200);
    }

    public bool IsValidAccessToken(string? token) =>
        token is not null && _accessTokens.TryGetValue(token, out var until) && until > clock.GetUtcNow();

    public string IssueTicket()
    {
        Interlocked.Increment(ref _ticketFetches);
        return "SIM_TICKET_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
    }

    public long Record(string kind, JsonElement body)
    {
        var message = new RecordedMessage(_messages.Count + 1, kind, body.TryGetProperty("touser", out var to) ? to.GetString() : null,
            body.TryGetProperty("template_id", out var template) ? template.GetString() : null, body.Clone(), clock.GetUtcNow());
        _messages.Enqueue(message);
        return message.MsgId;
    }

    /// <summary>The next <paramref name="count"/> message sends answer errcode -1 (系统繁忙) and record nothing.</summary>
    public void FailNextSends(int count) => Interlocked.Exchange(ref _failNextSends, Math.Max(0, count));

    /// <summary>Every message to <paramref name="openId"/> answers <paramref name="errCode"/> (43004 not subscribed, 43101 refuses, ...); 0 lifts it.</summary>
    public void Refuse(string openId, int errCode)
    {
        if (errCode == 0)
        {
            _refusals.TryRemove(openId, out _);
        }
        else
        {
            _refusals[openId] = errCode;
        }
    }

    /// <summary>The fault a message send meets now (consuming one injected failure), or 0.</summary>
    public int FaultFor(string? openId)
    {
        while (true)
        {
            var left = Volatile.Read(ref _failNextSends);
            if (left <= 0)
            {
                break;
            }

            if (Interlocked.CompareExchange(ref _failNextSends, left - 1, left) == left)
            {
                return -1;
            }
        }

        return openId is not null && _refusals.TryGetValue(openId, out var code) ? code : 0;
    }

    public void RecordSms(string phone, string text) => _sms.Enqueue(new RecordedSms(phone, text, clock.GetUtcNow()));

    internal sealed record IssuedCode(string OpenId, string? UnionId, DateTimeOffset IssuedAt, bool Used = false);
}

internal sealed record RecordedMessage(long MsgId, string Kind, string? ToUser, string? TemplateId, JsonElement Body, DateTimeOffset At);

internal sealed record RecordedSms(string Phone, string Text, DateTimeOffset At);

/// <summary>
/// The development SMS sender: the text goes to the simulator's inbox (<c>/_wechat-sim/inspect/sms</c>); the log
/// says only that a message went to a masked number, because a log must never carry a phone or a code.
/// </summary>
internal sealed partial class DevelopmentSmsSender(WeChatSimulatorState simulator, ILogger<DevelopmentSmsSender> logger) : ISmsSender
{
    public Task SendAsync(string phone, string text, CancellationToken cancellationToken)
    {
        simulator.RecordSms(phone, text);
        LogSms(logger, PersonalDataMask.Mobile(phone)!);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "DEVELOPMENT SMS to {Phone}: read it in the simulator's inbox at /_wechat-sim/inspect/sms")]
    private static partial void LogSms(ILogger logger, string phone);
}

/// <summary>Outside Development/Demo until a real SMS provider is configured: logs that nothing was sent.</summary>
internal sealed partial class UnconfiguredSmsSender(ILogger<UnconfiguredSmsSender> logger) : ISmsSender
{
    public Task SendAsync(string phone, string text, CancellationToken cancellationToken)
    {
        LogNotSent(logger, PersonalDataMask.Mobile(phone)!);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "No SMS provider is configured; the code for {Phone} was not sent")]
    private static partial void LogNotSent(ILogger logger, string phone);
}

/// <summary>
/// WeChat's HTTP contract under <c>/_wechat-sim/</c> for development and tests (ADR-0007). Mapped only in
/// the Development and Demo environments.
/// </summary>
internal static class WeChatSimulatorEndpoints
{
    public static void MapWeChatSimulator(this IEndpointRouteBuilder endpoints)
    {
        var sim = endpoints.MapGroup(WeChatAddresses.SimulatorPath).AllowAnonymous().ExcludeFromDescription();

        sim.MapGet("/connect/oauth2/authorize", (HttpContext context, WeChatSimulatorState state, IOptions<WeChatOptions> options) =>
        {
            var query = context.Request.Query;
            string redirectUri = query["redirect_uri"].ToString();
            string appId = query["appid"].ToString();
            if (appId != options.Value.AppId || !Uri.TryCreate(redirectUri, UriKind.RelativeOrAbsolute, out _) || string.IsNullOrEmpty(redirectUri))
            {
                return Results.Content("<p>appid 或 redirect_uri 参数错误</p>", "text/html; charset=utf-8", statusCode: 400);
            }

            string openId = query["openid"].ToString().Trim();
            if (!string.IsNullOrEmpty(openId))
            {
                var unionId = query["unionid"].ToString();
                var code = state.IssueCode(openId, string.IsNullOrEmpty(unionId) ? null : unionId);
                var separator = redirectUri.Contains('?', StringComparison.Ordinal) ? '&' : '?';
                return Results.Redirect($"{redirectUri}{separator}code={code}&state={Uri.EscapeDataString(query["state"].ToString())}");
            }

            return Results.Content(AuthorizePage(context.Request.QueryString.Value ?? string.Empty, state.RecentOpenIds), "text/html; charset=utf-8");
        });

        sim.MapGet("/sns/oauth2/access_token", (string? appid, string? secret, string? code, string? grant_type, WeChatSimulatorState state, IOptions<WeChatOptions> options) =>
        {
            if (appid != options.Value.AppId || secret != options.Value.AppSecret)
            {
                return Error(40125, "invalid appsecret");
            }

            if (grant_type != "authorization_code")
            {
                return Error(40002, "invalid grant_type");
            }

            var (issued, errCode) = state.Redeem(code ?? string.Empty);
            if (issued is null)
            {
                return Error(errCode, errCode == 40163 ? "code been used" : "invalid code");
            }

            var answer = new Dictionary<string, object?>
            {
                ["access_token"] = "SIM_WEB_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
                ["expires_in"] = 7200,
                ["refresh_token"] = "SIM_RT_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
                ["openid"] = issued.OpenId,
                ["scope"] = "snsapi_base",
            };
            if (issued.UnionId is not null)
            {
                answer["unionid"] = issued.UnionId;
            }

            return Results.Json(answer);
        });

        sim.MapPost("/cgi-bin/stable_token", (StableTokenRequest request, WeChatSimulatorState state, IOptions<WeChatOptions> options) =>
        {
            if (request.appid != options.Value.AppId || request.secret != options.Value.AppSecret)
            {
                return Error(40125, "invalid appsecret");
            }

            var (token, expiresIn) = state.IssueAccessToken();
            return Results.Json(new { access_token = token, expires_in = expiresIn });
        });

        sim.MapGet("/cgi-bin/token", (string? appid, string? secret, WeChatSimulatorState state, IOptions<WeChatOptions> options) =>
        {
            if (appid != options.Value.AppId || secret != options.Value.AppSecret)
            {
                return Error(40125, "invalid appsecret");
            }

            var (token, expiresIn) = state.IssueAccessToken();
            return Results.Json(new { access_token = token, expires_in = expiresIn });
        });

        sim.MapGet("/cgi-bin/ticket/getticket", (string? access_token, string? type, WeChatSimulatorState state) =>
            !state.IsValidAccessToken(access_token) ? Error(40001, "invalid credential, access_token is invalid or not latest")
            : type != "jsapi" ? Error(40097, "invalid args")
            : Results.Json(new { errcode = 0, errmsg = "ok", ticket = state.IssueTicket(), expires_in = 7200 }));

        sim.MapPost("/cgi-bin/message/template/send", (string? access_token, JsonElement body, WeChatSimulatorState state) => SendMessage("template", access_token, body, state));

        sim.MapPost("/cgi-bin/message/subscribe/bizsend", (string? access_token, JsonElement body, WeChatSimulatorState state) => SendMessage("subscribe", access_token, body, state));

        // Faults for people and tests: fail the next sends (errcode -1, nothing recorded), or refuse one openid's messages.
        sim.MapPost("/inspect/faults", (SimulatedFaults faults, WeChatSimulatorState state) =>
        {
            if (faults.failNextSends is { } count)
            {
                state.FailNextSends(count);
            }

            if (!string.IsNullOrWhiteSpace(faults.refuseOpenId))
            {
                state.Refuse(faults.refuseOpenId, faults.errcode ?? 43004);
            }

            return Results.NoContent();
        });

        // Inspection, for people and tests: every message, every text message, token fetches.
        sim.MapGet("/inspect", (WeChatSimulatorState state) => Results.Json(new
        {
            accessTokenFetches = state.AccessTokenFetches,
            ticketFetches = state.TicketFetches,
            messages = state.Messages,
            sms = state.Sms,
        }));
        sim.MapGet("/inspect/sms", (string? phone, WeChatSimulatorState state) =>
            Results.Json(state.Sms.Where(s => phone is null || s.Phone == phone).Reverse().ToList()));
    }

    private static IResult SendMessage(string kind, string? accessToken, JsonElement body, WeChatSimulatorState state)
    {
        if (!state.IsValidAccessToken(accessToken))
        {
            return Error(40001, "invalid credential, access_token is invalid or not latest");
        }

        if (!body.TryGetProperty("touser", out var to) || to.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(to.GetString()))
        {
            return Error(40003, "invalid openid");
        }

        return state.FaultFor(to.GetString()) switch
        {
            0 => Results.Json(new { errcode = 0, errmsg = "ok", msgid = state.Record(kind, body) }),
            -1 => Error(-1, "system error"),
            43004 => Error(43004, "require subscribe"),
            43019 => Error(43019, "require remove blacklist"),
            43101 => Error(43101, "user refuse to accept the msg"),
            var code => Error(code, "refused"),
        };
    }

    private static IResult Error(int code, string message) => Results.Json(new { errcode = code, errmsg = message });

    private static string AuthorizePage(string queryString, IReadOnlyList<string> recent)
    {
        var html = new StringBuilder();
        html.Append("""
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
            <title>微信授权（模拟器）</title><style>body{font-family:sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}input,button{font-size:1rem;padding:.5rem;width:100%;box-sizing:border-box;margin:.3rem 0}li{margin:.4rem 0}</style></head><body>
            <h1>微信授权（开发模拟器）</h1><p>选择或填写一个 openid，模拟微信用户授权登录。</p>
            <form method="get">
            """);
        foreach (var pair in Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(queryString))
        {
            if (pair.Key != "openid")
            {
                html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{WebUtility.HtmlEncode(pair.Key)}\" value=\"{WebUtility.HtmlEncode(pair.Value.ToString())}\">");
            }
        }

        html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<input name=\"openid\" value=\"o{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}\" required><button type=\"submit\">同意授权</button></form>");
        if (recent.Count > 0)
        {
            html.Append("<h2>最近使用</h2><ul>");
            foreach (var openId in recent)
            {
                var encoded = WebUtility.HtmlEncode(openId);
                html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<li><a href=\"?{WebUtility.HtmlEncode(queryString.TrimStart('?'))}&amp;openid={Uri.EscapeDataString(openId)}\">{encoded}</a></li>");
            }

            html.Append("</ul>");
        }

        return html.Append("</body></html>").ToString();
    }

    internal sealed record SimulatedFaults(int? failNextSends, string? refuseOpenId, int? errcode);

    internal sealed record StableTokenRequest(string? grant_type, string? appid, string? secret, bool force_refresh);
}
