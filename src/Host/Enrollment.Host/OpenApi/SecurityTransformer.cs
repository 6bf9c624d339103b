using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Enrollment.Host.OpenApi;

/// <summary>
/// The document's security schemes — the parents' and the staff's sign-in cookies, the integrators' OAuth 2.0 client
/// credentials and the bearer token they get — and, per operation, which of them it takes (from its authorization
/// policy), with the 401/403 it can answer and the 429 of a rate-limited endpoint.
/// </summary>
internal sealed class SecurityTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string ParentCookie = "parentCookie";
    public const string StaffCookie = "staffCookie";
    public const string ClientCredentials = "clientCredentials";
    public const string Bearer = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        var schemes = document.Components.SecuritySchemes;
        schemes[ParentCookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "enrollment.parent",
            Description = "A parent signed in through WeChat (`GET /api/v1/auth/wechat/authorize`). Writes also send the readable cookie `enrollment.parent.csrf` as `X-CSRF-Token`.",
        };
        schemes[StaffCookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "enrollment.staff",
            Description = "Staff signed in with `POST /api/v1/auth/staff/login`. Writes also send the readable cookie `enrollment.staff.csrf` as `X-CSRF-Token`.",
        };
        schemes[ClientCredentials] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "An integrator client (made by a DistrictAdmin at `/api/v1/admin/clients`) gets a bearer token with OAuth 2.0 client credentials.",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri("/api/v1/auth/token", UriKind.Relative),
                    Scopes = new Dictionary<string, string>
                    {
                        ["applications:read"] = "Read submitted applications; identifiers, phones and certificate numbers masked",
                        ["applications:read:pii"] = "With applications:read: the same unmasked",
                    },
                },
            },
        };
        schemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The `access_token` of `POST /api/v1/auth/token`, as `Authorization: Bearer …`.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy ?? string.Empty).ToList();
        var secured = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        if (secured)
        {
            operation.Security ??= [];
            foreach (var requirement in Requirements(policies, context.Document))
            {
                operation.Security.Add(requirement);
            }

            ProblemResponse(operation, StatusCodes.Status401Unauthorized, "auth.required", "请先登录");
            ProblemResponse(operation, StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作");
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            ProblemResponse(operation, StatusCodes.Status429TooManyRequests, "rate-limited", "操作过于频繁，请稍后再试");
        }

        return Task.CompletedTask;
    }

    private static IEnumerable<OpenApiSecurityRequirement> Requirements(List<string> policies, OpenApiDocument? document)
    {
        if (policies.Any(p => p.StartsWith("scope:", StringComparison.Ordinal)))
        {
            var scopes = policies.Where(p => p.StartsWith("scope:", StringComparison.Ordinal)).Select(p => p["scope:".Length..]).ToList();
            yield return new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ClientCredentials, document)] = scopes };
            yield return new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] };
            yield break;
        }

        var parent = policies.Any(p => p.Contains("Parent", StringComparison.OrdinalIgnoreCase));
        var staff = policies.Any(p => !p.Contains("Parent", StringComparison.OrdinalIgnoreCase) && p != "AnySignIn");
        if (parent || !staff)
        {
            yield return new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ParentCookie, document)] = [] };
        }

        if (staff || !parent)
        {
            yield return new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(StaffCookie, document)] = [] };
        }
    }

    /// <summary>Declares the answer (when the endpoint did not) with its example; <see cref="ExamplesTransformer"/> fills examples of declared ones.</summary>
    private static void ProblemResponse(OpenApiOperation operation, int status, string code, string message)
    {
        operation.Responses ??= [];
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.Responses.ContainsKey(key))
        {
            operation.Responses[key] = new OpenApiResponse { Description = message };
        }

        ExamplesTransformer.AddExampleIfMissing(operation.Responses[key], status, code, message);
    }
}
