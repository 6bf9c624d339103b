using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Identity.Application.Agreements;
using Enrollment.Modules.Identity.Application.Parents;
using Enrollment.Modules.Identity.Application.Phones;
using Enrollment.Modules.Identity.Application.WeChat;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Enrollment.Modules.Identity.Application.Agreements.AcceptAgreement;
using Enrollment.Modules.Identity.Application.Agreements.ShowAgreement;
using Enrollment.Modules.Identity.Application.Parents.GetMe;
using Enrollment.Modules.Identity.Application.Parents.UpdateMe;
using Enrollment.Modules.Identity.Application.Phones.BindPhone;
using Enrollment.Modules.Identity.Application.Phones.RequestPhoneCode;

namespace Enrollment.Modules.Identity.Infrastructure.Endpoints;

/// <summary>The signed-in parent: 个人信息, 手机绑定, 平台协议, JS-SDK config.</summary>
internal static class MeEndpoints
{
    public static void MapMeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapGroup("/api/v1/me").WithTags("Me (parent)").RequireAuthorization(ParentClaims.ParentPolicy);

        me.MapGet("/", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetMeQuery(user.ParentAccountId()), ct)))
            .WithName("GetMe")
            .WithSummary("个人信息 of the signed-in parent (phone masked, e.g. 138****5678)");

        me.MapPut("/", async (UpdateMeRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new UpdateMeCommand(user.ParentAccountId(), request.Name, request.Relationship), ct)))
            .WithName("UpdateMe")
            .WithSummary("Edit 个人信息")
            .UpdateMeDocs();

        me.MapPost("/phone/verification", async (PhoneCodeRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RequestPhoneCodeCommand(user.ParentAccountId(), request.Phone), ct)))
            .RequireRateLimiting(RateLimits.Sms)
            .WithName("RequestPhoneCode")
            .WithSummary("Send a six-digit SMS code to the phone to bind")
            .RequestPhoneCodeDocs();

        me.MapPut("/phone", async (BindPhoneRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new BindPhoneCommand(user.ParentAccountId(), request.Phone, request.Code), ct);
                return result.Failure is { } failure ? throw new BusinessRuleValidationException(failure) : TypedResults.Ok(result.Me);
            })
            .WithName("BindPhone")
            .WithSummary("Bind (or rebind) the phone with the code sent to it")
            .BindPhoneDocs();

        var agreement = endpoints.MapGroup("/api/v1/agreement").WithTags("Agreement (parent)").RequireAuthorization(ParentClaims.ParentPolicy);

        agreement.MapGet("/", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ShowAgreementCommand(user.ParentAccountId()), ct)))
            .WithName("GetAgreement")
            .WithSummary("平台协议, current version; the first showing to this account is recorded")
            .GetAgreementDocs();

        agreement.MapPost("/acceptance", async (AcceptAgreementRequest request, ClaimsPrincipal user, HttpContext context, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AcceptAgreementCommand(user.ParentAccountId(), request.Version ?? 0, ClientHash(context)), ct)))
            .WithName("AcceptAgreement")
            .WithSummary("Agree to the version shown")
            .AcceptAgreementDocs();

        endpoints.MapGet("/api/v1/wechat/jssdk-config", async (string url, IWeChatJsSdk jsSdk, CancellationToken ct) =>
                TypedResults.Ok(await jsSdk.GetConfigAsync(url, ct)))
            .WithTags("WeChat")
            .RequireAuthorization(ParentClaims.ParentPolicy)
            .WithName("GetJsSdkConfig")
            .WithSummary("wx.config for the page URL (appId, timestamp, nonceStr, signature)");
    }

    /// <summary>SHA-256 of the address and the user agent: enough to tell devices apart, not to identify anyone.</summary>
    private static string ClientHash(HttpContext context) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{context.Connection.RemoteIpAddress}|{context.Request.Headers.UserAgent}")));
}

/// <param name="Name">家长姓名.</param>
/// <param name="Relationship">与学生关系 (父亲, 母亲, …).</param>
internal sealed record UpdateMeRequest(string? Name, string? Relationship);

internal sealed record PhoneCodeRequest(string? Phone);

internal sealed record BindPhoneRequest(string? Phone, string? Code);

/// <param name="Version">The version shown (from GET /api/v1/agreement).</param>
internal sealed record AcceptAgreementRequest(int? Version);
