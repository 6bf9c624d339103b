using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Enrollment.BuildingBlocks.Infrastructure.Security;

/// <summary>
/// The consent gate as one convention: on a route group of the parent's wizard, every endpoint that
/// writes (POST, PUT, PATCH, DELETE) needs the parent's consent to the current 平台协议
/// (<see cref="ParentClaims.ConsentedParentPolicy"/>, else 403 <c>agreement.required</c>), and the
/// OpenAPI document shows that 403. An endpoint that may run without consent says so with
/// <see cref="AllowWithoutConsent"/> (and why). Applied last (<c>Finally</c>), so it sees every endpoint's own metadata.
/// </summary>
public static class ConsentGate
{
    public const string ErrorCode = "agreement.required";

    public const string ErrorMessage = "请先阅读并同意平台协议";

    private static readonly string[] WriteMethods = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    public static RouteGroupBuilder RequireConsentForWrites(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        ((IEndpointConventionBuilder)group).Finally(endpoint =>
        {
            if (!IsWrite(endpoint.Metadata) || endpoint.Metadata.OfType<ConsentNotRequired>().Any())
            {
                return;
            }

            endpoint.Metadata.Add(new AuthorizeAttribute(ParentClaims.ConsentedParentPolicy));
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
            endpoint.Metadata.Add(new ProblemExample(StatusCodes.Status403Forbidden, ErrorCode, ErrorMessage));
        });
        return group;
    }

    /// <summary>This write needs no consent (say why at the call): e.g. deleting what was collected.</summary>
    public static RouteHandlerBuilder AllowWithoutConsent(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new ConsentNotRequired());

    /// <summary>A write method (POST, PUT, PATCH, DELETE) in the endpoint's metadata.</summary>
    public static bool IsWrite(IEnumerable<object> metadata) =>
        metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).Any(m => WriteMethods.Contains(m, StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether the endpoint's metadata asks for the consent policy.</summary>
    public static bool IsGated(IEnumerable<object> metadata) =>
        metadata.OfType<IAuthorizeData>().Any(a => a.Policy == ParentClaims.ConsentedParentPolicy);

    /// <summary>
    /// The endpoints that write a child's data (write methods under <paramref name="routePrefix"/>) and
    /// are neither gated nor marked <see cref="AllowWithoutConsent"/>: what the consent test reports.
    /// </summary>
    public static IReadOnlyList<string> UngatedWrites(IEnumerable<EndpointDataSource> sources, string routePrefix = "/api/v1/applications")
    {
        ArgumentNullException.ThrowIfNull(sources);
        return ChildDataWrites(sources, routePrefix)
            .Where(e => !IsGated(e.Metadata) && !e.Metadata.OfType<ConsentNotRequired>().Any())
            .Select(Describe)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every endpoint with a write method under <paramref name="routePrefix"/>.</summary>
    public static IReadOnlyList<RouteEndpoint> ChildDataWrites(IEnumerable<EndpointDataSource> sources, string routePrefix = "/api/v1/applications")
    {
        ArgumentNullException.ThrowIfNull(sources);
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => (e.RoutePattern.RawText ?? string.Empty).StartsWith(routePrefix, StringComparison.OrdinalIgnoreCase) && IsWrite(e.Metadata))
            .ToList();
    }

    public static string Describe(RouteEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods);
        return $"{string.Join(",", methods)} {endpoint.RoutePattern.RawText}";
    }
}

/// <summary>Marks a write of the wizard that needs no consent (<see cref="ConsentGate.AllowWithoutConsent"/>).</summary>
public sealed class ConsentNotRequired;
