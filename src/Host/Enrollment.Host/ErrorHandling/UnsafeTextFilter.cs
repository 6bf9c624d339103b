using System.Collections;
using System.Reflection;
using System.Text.Json;
using Enrollment.BuildingBlocks.Infrastructure.Security;

namespace Enrollment.Host.ErrorHandling;

/// <summary>
/// The one rule against control characters (ADR-0015): every text an endpoint receives — query and
/// route values, and every string inside a JSON body, however deep — is checked before the handler
/// runs; the first one found is a 400 <c>validation.failed</c> naming its field (<c>guardians[0].name</c>).
/// </summary>
internal static class UnsafeTextFilter
{
    private const int MaximumDepth = 8;

    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var parameters = context.MethodInfo.GetParameters();
        var checkedIndexes = parameters
            .Select((p, i) => (p, i))
            .Where(x => IsChecked(x.p.ParameterType))
            .Select(x => (x.i, Name: JsonNamingPolicy.CamelCase.ConvertName(x.p.Name ?? string.Empty), Body: x.p.ParameterType != typeof(string)))
            .ToArray();
        if (checkedIndexes.Length == 0)
        {
            return next;
        }

        return invocation =>
        {
            foreach (var (index, name, body) in checkedIndexes)
            {
                if (index < invocation.Arguments.Count && Find(invocation.Arguments[index], body ? string.Empty : name, 0) is { } field)
                {
                    var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field.Length == 0 ? name : field] = [UnsafeText.Message] })
                    {
                        Status = StatusCodes.Status400BadRequest,
                        Title = "填写的信息有误",
                        Detail = UnsafeText.Message,
                    };
                    problem.Extensions["code"] = "validation.failed";
                    return ValueTask.FromResult<object?>(TypedResults.Problem(problem));
                }
            }

            return next(invocation);
        };
    }

    private static bool IsChecked(Type type) =>
        type == typeof(string) || type == typeof(JsonElement) || (type.Namespace?.StartsWith("Enrollment.", StringComparison.Ordinal) == true && !type.IsEnum);

    /// <summary>The path of the first unsafe string in the value, or null.</summary>
    private static string? Find(object? value, string path, int depth)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return UnsafeText.Contains(text) ? path : null;
            case JsonElement json:
                return FindInJson(json, path, depth);
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    var key = entry.Key?.ToString() ?? string.Empty;
                    if (UnsafeText.Contains(key))
                    {
                        return Join(path, key);
                    }

                    if (Find(entry.Value, Join(path, key), depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case IEnumerable items when depth < MaximumDepth:
                var i = 0;
                foreach (var item in items)
                {
                    if (Find(item, $"{path}[{i++}]", depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
        }

        var type = value.GetType();
        if (depth >= MaximumDepth || type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("Enrollment.", StringComparison.Ordinal) != true)
        {
            return null;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0
                && Find(property.GetValue(value), Join(path, JsonNamingPolicy.CamelCase.ConvertName(property.Name)), depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static string? FindInJson(JsonElement json, string path, int depth)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.String:
                return UnsafeText.Contains(json.GetString()) ? path : null;
            case JsonValueKind.Array when depth < MaximumDepth:
                var i = 0;
                foreach (var item in json.EnumerateArray())
                {
                    if (FindInJson(item, $"{path}[{i++}]", depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object when depth < MaximumDepth:
                foreach (var property in json.EnumerateObject())
                {
                    var at = Join(path, property.Name);
                    if (UnsafeText.Contains(property.Name))
                    {
                        return at;
                    }

                    if (FindInJson(property.Value, at, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
