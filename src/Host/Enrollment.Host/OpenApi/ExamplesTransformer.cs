using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Enrollment.Host.OpenApi;

/// <summary>Writes the examples that endpoints declare (<see cref="RequestExample"/>, <see cref="ProblemExample"/>) into the document.</summary>
internal sealed class ExamplesTransformer : IOpenApiOperationTransformer
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<RequestExample>().FirstOrDefault() is { } request
            && operation.RequestBody?.Content is { } requestContent
            && requestContent.TryGetValue("application/json", out var requestType))
        {
            requestType.Example = JsonSerializer.SerializeToNode(request.Body, Web);
        }

        foreach (var example in metadata.OfType<RequestContentExample>())
        {
            if (operation.RequestBody?.Content is { } content && content.TryGetValue(example.ContentType, out var media))
            {
                media.Example = example.Example is string text ? JsonValue.Create(text) : JsonSerializer.SerializeToNode(example.Example, Web);
            }
        }

        foreach (var header in metadata.OfType<HeaderParameter>())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = header.Name,
                In = ParameterLocation.Header,
                Required = false,
                Description = header.Description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = header.MaxLength },
                Example = JsonValue.Create(header.Example),
            });
        }

        foreach (var group in metadata.OfType<ProblemExample>().GroupBy(p => p.Status))
        {
            var key = group.Key.ToString(CultureInfo.InvariantCulture);
            operation.Responses ??= [];
            if (!operation.Responses.TryGetValue(key, out var response))
            {
                response = new OpenApiResponse { Description = group.First().Message };
                operation.Responses[key] = response;
            }

            if (response is not OpenApiResponse concrete)
            {
                continue;
            }

            concrete.Content ??= new Dictionary<string, OpenApiMediaType>();
            if (!concrete.Content.TryGetValue("application/problem+json", out var media))
            {
                media = new OpenApiMediaType();
                concrete.Content["application/problem+json"] = media;
            }

            var examples = media.Examples ??= new Dictionary<string, IOpenApiExample>();
            foreach (var problem in group)
            {
                // Several examples of one code (the 400's field messages) are told apart by their field.
                var name = problem.Field is { } field && group.Count(p => p.Code == problem.Code) > 1 ? $"{problem.Code}:{field}" : problem.Code;
                examples[name] = new OpenApiExample { Summary = problem.Message, Value = ToJson(problem) };
            }
        }

        // The answers every endpoint shares come from one place (ProblemDetailsExceptionHandler, the authorization and
        // rate-limiting handlers), with one code each: a declared one without an example of its own gets that one.
        foreach (var (key, response) in operation.Responses ?? [])
        {
            if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var status) && Shared.TryGetValue(status, out var shared))
            {
                AddExampleIfMissing(response, status, shared.Code, shared.Message);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The code and message of each answer the host gives the same way for every endpoint.</summary>
    private static readonly Dictionary<int, (string Code, string Message)> Shared = new()
    {
        [401] = ("auth.required", "请先登录"),
        [403] = ("auth.forbidden", "没有权限执行此操作"),
        [404] = ("not-found", "请求的内容不存在"),
        [412] = ("concurrency.conflict", "内容已在其他设备上修改，请刷新后重试"),
        [429] = ("rate-limited", "操作过于频繁，请稍后再试"),
        [500] = ("server.error", "服务器内部错误"),
        [503] = ("database.unavailable", "服务暂时不可用，请稍后再试"),
    };

    /// <summary>Gives a declared problem answer a problem+json example when it has none.</summary>
    public static void AddExampleIfMissing(IOpenApiResponse response, int status, string code, string message)
    {
        if (response is not OpenApiResponse concrete)
        {
            return;
        }

        concrete.Content ??= new Dictionary<string, OpenApiMediaType>();
        if (concrete.Content.Values.Any(m => m.Example is not null || m.Examples is { Count: > 0 }))
        {
            return;
        }

        if (!concrete.Content.TryGetValue("application/problem+json", out var media))
        {
            media = new OpenApiMediaType();
            concrete.Content["application/problem+json"] = media;
        }

        media.Examples ??= new Dictionary<string, IOpenApiExample>();
        media.Examples[code] = new OpenApiExample { Summary = message, Value = ToJson(new ProblemExample(status, code, message)) };
    }

    private static JsonNode ToJson(ProblemExample problem)
    {
        var node = new JsonObject
        {
            ["type"] = "https://tools.ietf.org/html/rfc9110",
            ["title"] = problem.Message,
            ["status"] = problem.Status,
            ["detail"] = problem.Message,
            ["code"] = problem.Code,
            ["traceId"] = "0HN7EXAMPLE:00000001",
        };
        if (problem.Field is { } field)
        {
            node["errors"] = new JsonObject { [field] = new JsonArray(problem.Message) };
        }

        return node;
    }
}
