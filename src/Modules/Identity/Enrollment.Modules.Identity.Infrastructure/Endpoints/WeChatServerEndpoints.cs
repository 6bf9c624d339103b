using Enrollment.Modules.Identity.Infrastructure.WeChat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Enrollment.Modules.Identity.Infrastructure.Endpoints;

/// <summary>The server URL of the official account (服务器配置): WeChat checks it and pushes events to it.</summary>
internal static class WeChatServerEndpoints
{
    public static void MapWeChatServerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/wechat/server").WithTags("WeChat").AllowAnonymous();

        group.MapGet("/", (string? signature, string? timestamp, string? nonce, string? echostr, IOptions<WeChatOptions> options) =>
                JsSdkSignature.IsFromWeChat(options.Value.Token, signature, timestamp, nonce)
                    ? Results.Text(echostr ?? string.Empty, "text/plain")
                    : Results.StatusCode(StatusCodes.Status403Forbidden))
            .WithName("WeChatServerVerification")
            .WithSummary("WeChat's check of the server URL: echoes `echostr` when the signature is right");

        group.MapPost("/", (string? signature, string? timestamp, string? nonce, IOptions<WeChatOptions> options) =>
                JsSdkSignature.IsFromWeChat(options.Value.Token, signature, timestamp, nonce)
                    ? Results.Text("success", "text/plain")
                    : Results.StatusCode(StatusCodes.Status403Forbidden))
            .DisableAntiforgery()
            .WithName("WeChatServerPush")
            .WithSummary("Events pushed by WeChat (acknowledged; no event is handled yet)");
    }
}
