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

        return Task.CompletedTask;
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
