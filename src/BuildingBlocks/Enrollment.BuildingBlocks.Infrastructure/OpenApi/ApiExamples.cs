using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Enrollment.BuildingBlocks.Infrastructure.OpenApi;

/// <summary>An example request body shown in the OpenAPI document.</summary>
public sealed record RequestExample(object Body);

/// <summary>An example request body of a content type other than JSON (an upload, a text file).</summary>
public sealed record RequestContentExample(string ContentType, object Example);

/// <summary>An example problem (RFC 7807) an endpoint can answer, with its stable code.</summary>
public sealed record ProblemExample(int Status, string Code, string Message, string? Field = null);

/// <summary>An optional request header the endpoint reads, documented as a header parameter with an example value.</summary>
public sealed record HeaderParameter(string Name, string Description, string Example, int MaxLength);

/// <summary>
/// Lets each module's endpoints name their example request and every error they can answer; the
/// host's OpenAPI transformer writes them into <c>/openapi/v1.json</c>, so integrators see the real codes.
/// </summary>
public static class ApiExampleExtensions
{
    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, object body) =>
        builder.WithMetadata(new RequestExample(body));

    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, string contentType, object example) =>
        builder.WithMetadata(new RequestContentExample(contentType, example));

    public static RouteHandlerBuilder WithProblemExample(this RouteHandlerBuilder builder, int status, string code, string message, string? field = null) =>
        builder.WithMetadata(new ProblemExample(status, code, message, field));

    public static RouteHandlerBuilder WithHeaderParameter(this RouteHandlerBuilder builder, string name, string description, string example, int maxLength) =>
        builder.WithMetadata(new HeaderParameter(name, description, example, maxLength));

    /// <summary>The 400 every request with a body can answer, with one field message.</summary>
    public static RouteHandlerBuilder WithValidationExample(this RouteHandlerBuilder builder, string field, string message) =>
        builder.WithMetadata(new ProblemExample(StatusCodes.Status400BadRequest, "validation.failed", message, field));
}
