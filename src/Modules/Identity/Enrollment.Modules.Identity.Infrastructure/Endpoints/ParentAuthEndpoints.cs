using System.Security.Claims;
using System.Text.Json;
using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Identity.Application.Parents;
using Enrollment.Modules.Identity.Application.WeChat;
using Enrollment.Modules.Identity.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Enrollment.Modules.Identity.Application.Parents.SignInWithWeChat;

namespace Enrollment.Modules.Identity.Infrastructure.Endpoints;

/// <summary>Parents sign in through WeChat's web authorization: <c>/api/v1/auth/wechat/*</c>.</summary>
internal static class ParentAuthEndpoints
{
    private const string StatePurpose = "Enrollment.Identity.WeChatOAuthState";
    private static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(10);

    public static void MapParentAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/auth").WithTags("Sign-in");

        group.MapGet("/wechat/authorize", Authorize)
            .AllowAnonymous()
            .WithName("WeChatAuthorize")
            .WithSummary("Start the WeChat sign-in (redirects to WeChat's authorize page)")
            .WeChatAuthorizeDocs();

        group.MapGet("/wechat/callback", CallbackAsync)
            .AllowAnonymous()
            .WithName("WeChatCallback")
            .WithSummary("WeChat's redirect back: signs the parent in and redirects to returnUrl")
            .WeChatCallbackDocs();

        group.MapPost("/logout", (Delegate)LogoutAsync)
            .RequireAuthorization(IdentityPolicies.AnySignIn)
            .WithName("Logout")
            .WithSummary("Sign out (parent and staff cookies)");
    }

    private static IResult Authorize(string? returnUrl, string? scope, HttpContext context, IWeChatOAuth weChat, IDataProtectionProvider protection, TimeProvider clock, IConfiguration configuration)
    {
        // A path on this site (non-ASCII characters percent-encoded, so the redirect's Location header
        // can carry them); anything else is refused rather than silently replaced.
        if (!string.IsNullOrEmpty(returnUrl) && !IsLocal(returnUrl))
        {
            return Problems.Validation("returnUrl", "返回地址必须是本站的页面");
        }

        var target = string.IsNullOrEmpty(returnUrl) ? "/h5/" : EncodeNonAscii(returnUrl);
        var nonce = CsrfAuthorizationHandler.NewToken()[..32];
        var payload = JsonSerializer.Serialize(new OAuthState(nonce, target, clock.GetUtcNow().ToUnixTimeSeconds()));
        context.Response.Cookies.Append(IdentitySchemes.OAuthCookie, protection.CreateProtector(StatePurpose).Protect(payload), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = "/api/v1/auth/wechat",
            IsEssential = true,
        });
        // The public address from configuration (Hosting:PublicBaseUrl), never the Host header a
        // request brings; Development without one uses the request's own address.
        var publicBase = configuration["Hosting:PublicBaseUrl"] is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        var callback = publicBase + "/api/v1/auth/wechat/callback";
        return Results.Redirect(weChat.BuildAuthorizeUrl(callback, nonce, userInfo: scope == "snsapi_userinfo"));
    }

    private static async Task<IResult> CallbackAsync(string? code, string? state, HttpContext context, ISender sender, IDataProtectionProvider protection, TimeProvider clock)
    {
        var saved = ReadState(context, protection);
        if (saved is null || string.IsNullOrEmpty(state) || !string.Equals(saved.Nonce, state, StringComparison.Ordinal)
            || clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(saved.IssuedAt) > StateLifetime)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "auth.state.invalid", "登录已过期，请重新从公众号菜单进入");
        }

        var accountId = await sender.Send(new SignInWithWeChatCommand(code ?? string.Empty), context.RequestAborted);

        // The state cookie stays for its ten minutes: a refresh of the callback page signs in again
        // (the code's result is kept as long), and it is bound to this browser anyway.
        var csrf = CsrfAuthorizationHandler.NewToken();
        var identity = new ClaimsIdentity(
            [new Claim(ParentClaims.AccountId, accountId.ToString()), new Claim(IdentitySchemes.CsrfClaim, csrf)],
            IdentitySchemes.Parent);
        await context.SignInAsync(IdentitySchemes.Parent, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false, AllowRefresh = true });
        AppendCsrfCookie(context, IdentitySchemes.ParentCsrfCookie, csrf, SameSiteMode.Lax);
        return Results.Redirect(saved.ReturnUrl);
    }

    private static async Task<NoContent> LogoutAsync(HttpContext context, ISender sender)
    {
        await context.SignOutAsync(IdentitySchemes.Parent);
        context.Response.Cookies.Delete(IdentitySchemes.ParentCsrfCookie);
        await StaffEndpoints.SignOutAsync(context, sender);
        return TypedResults.NoContent();
    }

    public static void AppendCsrfCookie(HttpContext context, string name, string token, SameSiteMode sameSite) =>
        context.Response.Cookies.Append(name, token, new CookieOptions
        {
            HttpOnly = false,
            SameSite = sameSite,
            Secure = context.Request.IsHttps,
            Path = "/",
            IsEssential = true,
        });

    /// <summary>Percent-encodes (UTF-8) every character outside printable ASCII; the rest is kept as sent.</summary>
    public static string EncodeNonAscii(string url)
    {
        var builder = new System.Text.StringBuilder(url.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > 0x20 and < 0x7f)
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>A path on this site: "/..." but not "//host" or "/\host" (an open redirect).</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    private static OAuthState? ReadState(HttpContext context, IDataProtectionProvider protection)
    {
        if (!context.Request.Cookies.TryGetValue(IdentitySchemes.OAuthCookie, out var cookie) || string.IsNullOrEmpty(cookie))
        {
            return null;
        }

        try
        {
            var state = JsonSerializer.Deserialize<OAuthState>(protection.CreateProtector(StatePurpose).Unprotect(cookie));
            return state is not null && IsLocal(state.ReturnUrl) ? state : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record OAuthState(string Nonce, string ReturnUrl, long IssuedAt);
}
