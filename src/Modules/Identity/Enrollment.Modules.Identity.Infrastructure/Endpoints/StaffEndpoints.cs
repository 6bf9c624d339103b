using System.Globalization;
using System.Security.Claims;
using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Identity.Application.Agreements;
using Enrollment.Modules.Identity.Application.Clients;
using Enrollment.Modules.Identity.Application.Staff;
using Enrollment.Modules.Identity.Domain.Clients;
using Enrollment.Modules.Identity.Domain.Staff;
using Enrollment.Modules.Identity.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Enrollment.Modules.Identity.Application.Agreements.ListAgreements;
using Enrollment.Modules.Identity.Application.Agreements.PublishAgreement;
using Enrollment.Modules.Identity.Application.Clients.CreateClient;
using Enrollment.Modules.Identity.Application.Clients.IssueClientToken;
using Enrollment.Modules.Identity.Application.Clients.ListClients;
using Enrollment.Modules.Identity.Application.Clients.RevokeClient;
using Enrollment.Modules.Identity.Application.Staff.CreateStaff;
using Enrollment.Modules.Identity.Application.Staff.DeleteStaff;
using Enrollment.Modules.Identity.Application.Staff.GetStaff;
using Enrollment.Modules.Identity.Application.Staff.ListStaff;
using Enrollment.Modules.Identity.Application.Staff.StaffSignIn;
using Enrollment.Modules.Identity.Application.Staff.StaffSignOut;
using Enrollment.Modules.Identity.Application.Staff.UpdateStaff;

namespace Enrollment.Modules.Identity.Infrastructure.Endpoints;

/// <summary>Staff sign-in, integrators' tokens, and the admin's pages for staff, clients and the agreement.</summary>
internal static class StaffEndpoints
{
    public static void MapStaffEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/v1/auth").WithTags("Sign-in");

        auth.MapPost("/staff/login", StaffLoginAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.StaffSignIn)
            .WithName("StaffLogin")
            .WithSummary("Staff sign-in with user name and password")
            .StaffLoginDocs();

        auth.MapPost("/staff/logout", async (HttpContext context, ISender sender) =>
            {
                await SignOutAsync(context, sender);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AccessPolicies.StaffRead)
            .WithName("StaffLogout")
            .WithSummary("Staff sign-out: ends this session and its cookies");

        auth.MapGet("/staff/me", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetStaffQuery(Guid.Parse(user.FindFirstValue(StaffClaims.StaffId)!)), ct)))
            .RequireAuthorization(AccessPolicies.StaffRead)
            .WithName("StaffMe")
            .WithSummary("The signed-in staff account: name, role and schools");

        auth.MapPost("/token", TokenAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Token)
            .DisableAntiforgery()
            .WithName("ClientCredentialsToken")
            .WithSummary("OAuth2 client credentials: a short-lived bearer token for an integrator")
            .ClientCredentialsTokenDocs();

        endpoints.MapGet("/api/v1/integration/me", (ClaimsPrincipal user) => TypedResults.Ok(new
            {
                clientId = user.FindFirstValue(IdentitySchemes.ClientIdClaim),
                scopes = (user.FindFirstValue(IdentitySchemes.ScopeClaim) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries),
            }))
            .RequireAuthorization(AccessPolicies.ApplicationsRead)
            .RequireRateLimiting(RateLimits.Integration)
            .WithTags("Integration")
            .WithName("IntegrationWhoAmI")
            .WithSummary("The calling client and its granted scopes")
            .WithDescription("Bearer token with the scope `applications:read`. Rate-limited per client like every integration endpoint (`RateLimits:IntegrationPerMinute`).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录")
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithProblemExample(StatusCodes.Status429TooManyRequests, "rate-limited", "操作过于频繁，请稍后再试");

        var admin = endpoints.MapGroup("/api/v1/admin").RequireAuthorization(AccessPolicies.DistrictAdmin);

        var staff = admin.MapGroup("/staff").WithTags("Staff (admin)");
        staff.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListStaffQuery(), ct))).WithName("ListStaff").WithSummary("Every staff account with its role, schools and state");
        staff.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetStaffQuery(id), ct))).WithName("GetStaff").WithSummary("One staff account").ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPost("/", async (CreateStaffRequest r, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new CreateStaffCommand(r.UserName, r.DisplayName, r.Password, ParseRole(r.Role), r.SchoolIds), ct);
                return TypedResults.Created($"/api/v1/admin/staff/{created.Id}", created);
            })
            .WithName("CreateStaff")
            .WithSummary("Create a staff account (DistrictAdmin, SchoolReviewer with its schools, or Auditor)")
            .CreateStaffDocs();
        staff.MapPut("/{id:guid}", async Task<IResult> (Guid id, UpdateStaffRequest r, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                IsSelf(user, id) && (r.Disabled || ParseRole(r.Role) != StaffRole.DistrictAdmin)
                    ? Problems.Of(StatusCodes.Status409Conflict, "staff.self", "不能停用自己的账号或取消自己的管理员角色")
                    : TypedResults.Ok(await sender.Send(new UpdateStaffCommand(id, r.DisplayName, ParseRole(r.Role), r.SchoolIds, r.Disabled, r.NewPassword), ct)))
            .WithName("UpdateStaff")
            .WithSummary("Replace a staff account: name, role, schools, disabled, or a new password")
            .UpdateStaffDocs();
        staff.MapDelete("/{id:guid}", async Task<IResult> (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                if (IsSelf(user, id))
                {
                    return Problems.Of(StatusCodes.Status409Conflict, "staff.self", "不能删除自己的账号");
                }

                await sender.Send(new DeleteStaffCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteStaff")
            .WithSummary("Delete a staff account; its sessions end at once")
            .DeleteStaffDocs();

        var clients = admin.MapGroup("/clients").WithTags("Integrator clients (admin)");
        clients.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListClientsQuery(), ct))).WithName("ListClients").WithSummary("Every integrator client with its scopes and whether it is revoked (never its secret)");
        clients.MapPost("/", async (CreateClientRequest r, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new CreateClientCommand(r.Name, r.Scopes), ct);
                return TypedResults.Created($"/api/v1/admin/clients/{created.Id}", created);
            })
            .WithName("CreateClient")
            .WithSummary("Create an integrator client: its id and secret (shown only in this answer)")
            .CreateClientDocs();
        clients.MapPost("/{id:guid}/revocation", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new RevokeClientCommand(id), ct)))
            .WithName("RevokeClient")
            .WithSummary("Revoke a client: its tokens are refused from now on");

        var agreements = admin.MapGroup("/agreements").WithTags("Agreement (admin)");
        agreements.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListAgreementsQuery(), ct))).WithName("ListAgreements").WithSummary("Every published version of 平台协议");
        agreements.MapPost("/", async (PublishAgreementRequest r, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                var published = await sender.Send(new PublishAgreementCommand(r.Title, r.Text, user.Identity?.Name), ct);
                return TypedResults.Created($"/api/v1/admin/agreements/{published.Version}", published);
            })
            .WithName("PublishAgreement")
            .WithSummary("Publish a new version of 平台协议 (every parent is asked again)")
            .PublishAgreementDocs();
    }

    /// <summary>Ends the staff session of this browser and, through the security stamp, every copy of its cookie.</summary>
    public static async Task SignOutAsync(HttpContext context, ISender sender)
    {
        var staff = await context.AuthenticateAsync(IdentitySchemes.Staff);
        if (staff.Succeeded && Guid.TryParse(staff.Principal.FindFirstValue(StaffClaims.StaffId), out var staffId))
        {
            await sender.Send(new StaffSignOutCommand(staffId), context.RequestAborted);
        }

        await context.SignOutAsync(IdentitySchemes.Staff);
        context.Response.Cookies.Delete(IdentitySchemes.StaffCsrfCookie);
    }

    private static bool IsSelf(ClaimsPrincipal user, Guid id) => user.FindFirstValue(StaffClaims.StaffId) == id.ToString();

    private static StaffRole? ParseRole(string? role) =>
        Enum.TryParse<StaffRole>(role, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(role, out _) ? parsed : null;

    private static async Task<IResult> StaffLoginAsync(StaffLoginRequest request, HttpContext context, ISender sender)
    {
        var result = await sender.Send(new StaffSignInCommand(request.UserName, request.Password), context.RequestAborted);
        if (result.Failure is { } failure)
        {
            return Problems.Of(StatusCodes.Status401Unauthorized, failure.Code, failure.Message);
        }

        var staff = result.Staff!;
        var csrf = CsrfAuthorizationHandler.NewToken();
        var claims = new List<Claim>
        {
            new(StaffClaims.StaffId, staff.Id.ToString()),
            new(ClaimTypes.Name, staff.UserName),
            new(ClaimTypes.Role, staff.Role.ToString()),
            new(IdentitySchemes.CsrfClaim, csrf),
            new(StaffSessionValidator.StampClaim, result.SecurityStamp!),
        };
        claims.AddRange(staff.SchoolIds.Select(id => new Claim(StaffClaims.SchoolId, id.ToString())));
        await context.SignInAsync(IdentitySchemes.Staff, new ClaimsPrincipal(new ClaimsIdentity(claims, IdentitySchemes.Staff)), new AuthenticationProperties { IsPersistent = false, AllowRefresh = true });
        ParentAuthEndpoints.AppendCsrfCookie(context, IdentitySchemes.StaffCsrfCookie, csrf, SameSiteMode.Strict);
        return TypedResults.Ok(new { staff.Id, staff.UserName, staff.DisplayName, role = staff.Role.ToString(), staff.SchoolIds, csrfToken = csrf });
    }

    /// <summary>RFC 6749 asks for a form; JSON of string values is accepted too. Anything else (or unreadable) is null.</summary>
    private static async Task<IDictionary<string, string?>?> ReadTokenRequestAsync(HttpContext context)
    {
        try
        {
            if (context.Request.HasFormContentType)
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                return form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString());
            }

            if (!context.Request.HasJsonContentType())
            {
                return null;
            }

            using var json = await System.Text.Json.JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            if (json.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object
                || json.RootElement.EnumerateObject().Any(p => p.Value.ValueKind is not (System.Text.Json.JsonValueKind.String or System.Text.Json.JsonValueKind.Null)))
            {
                return null;
            }

            return json.RootElement.EnumerateObject().GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value.GetString());
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidDataException or BadHttpRequestException or InvalidOperationException)
        {
            return null;
        }
    }

    private static async Task<IResult> TokenAsync(HttpContext context, ISender sender)
    {
        string? Get(IDictionary<string, string?> values, string key) => values.TryGetValue(key, out var v) ? v : null;
        var values = await ReadTokenRequestAsync(context);
        if (values is null)
        {
            return TypedResults.Json(
                new { error = "invalid_request", error_description = "The body must be a form (application/x-www-form-urlencoded) or a JSON object of strings." },
                statusCode: StatusCodes.Status400BadRequest);
        }

        if (values.Any(v => UnsafeText.Contains(v.Key) || UnsafeText.Contains(v.Value)))
        {
            return TypedResults.Json(new { error = "invalid_request", error_description = "Control characters are not allowed." }, statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            var token = await sender.Send(new IssueClientTokenQuery(Get(values, "grant_type"), Get(values, "client_id"), Get(values, "client_secret"), Get(values, "scope")), context.RequestAborted);
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.Ok(new Dictionary<string, object>
            {
                ["access_token"] = token.AccessToken,
                ["token_type"] = token.TokenType,
                ["expires_in"] = token.ExpiresIn,
                ["scope"] = token.Scope,
            });
        }
        catch (Enrollment.BuildingBlocks.Domain.BusinessRuleValidationException exception)
        {
            return TypedResults.Json(
                new { error = exception.Code, error_description = exception.Error.Message },
                statusCode: exception.Code == "invalid_client" ? StatusCodes.Status401Unauthorized : StatusCodes.Status400BadRequest);
        }
    }
}

internal sealed record StaffLoginRequest(string? UserName, string? Password);

internal sealed record CreateStaffRequest(string? UserName, string? DisplayName, string? Password, string? Role, IReadOnlyList<Guid>? SchoolIds);

internal sealed record UpdateStaffRequest(string? DisplayName, string? Role, IReadOnlyList<Guid>? SchoolIds, bool Disabled, string? NewPassword);

internal sealed record CreateClientRequest(string? Name, IReadOnlyList<string>? Scopes);

internal sealed record PublishAgreementRequest(string? Title, string? Text);
