using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Enrollment.Modules.Identity.Infrastructure.Security;

/// <summary>
/// Double-submit with a token bound to the sign-in (ADR-0010): a state-changing request signed in by a
/// cookie must repeat, in <c>X-CSRF-Token</c>, the token of its sign-in (issued in a readable cookie at
/// sign-in). Another site can make the browser send the cookie but cannot read the token.
/// </summary>
internal sealed class CsrfRequirement : IAuthorizationRequirement;

internal sealed class CsrfAuthorizationHandler(IHttpContextAccessor accessor) : AuthorizationHandler<CsrfRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CsrfRequirement requirement)
    {
        var request = accessor.HttpContext?.Request;
        if (request is null || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        // With both sign-ins in one browser (logout), the token of either one will do.
        var sent = request.Headers[IdentitySchemes.CsrfHeader].ToString();
        if (sent.Length > 0 && context.User.FindAll(IdentitySchemes.CsrfClaim)
                .Any(expected => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected.Value), Encoding.UTF8.GetBytes(sent))))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, "csrf"));
        }

        return Task.CompletedTask;
    }

    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}

/// <summary>401 and 403 as problem details; a missing CSRF token (<c>csrf.invalid</c>) and a missing consent (<c>agreement.required</c>) say so.</summary>
internal sealed class ProblemAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && authorizeResult.AuthorizationFailure?.FailureReasons.Any(r => r.Message == "csrf") == true)
        {
            await WriteAsync(context, StatusCodes.Status403Forbidden, "csrf.invalid", "页面已过期，请刷新后重试");
            return;
        }

        if (authorizeResult.Forbidden && authorizeResult.AuthorizationFailure?.FailureReasons.Any(r => r.Message == AgreementConsentAuthorizationHandler.FailureReason) == true)
        {
            await WriteAsync(context, StatusCodes.Status403Forbidden, "agreement.required", "请先阅读并同意平台协议");
            return;
        }

        if (authorizeResult.Challenged && context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            foreach (var scheme in policy.AuthenticationSchemes.Where(s => s == IdentitySchemes.Integrator))
            {
                await context.ChallengeAsync(scheme);
            }

            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await WriteAsync(context, StatusCodes.Status401Unauthorized, "auth.required", "请先登录");
            return;
        }

        if (authorizeResult.Forbidden && context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await WriteAsync(context, StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作");
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private async Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = message, Detail = message };
        problem.Extensions["code"] = code;
        await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
