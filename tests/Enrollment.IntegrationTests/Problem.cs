using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>Reads RFC 7807 answers: status, <c>code</c>, field messages.</summary>
internal sealed record Problem(int Status, string? Code, string? Title, string? Detail, Dictionary<string, string[]> Errors)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var errors = new Dictionary<string, string[]>();
        if (root.TryGetProperty("errors", out var map))
        {
            foreach (var field in map.EnumerateObject())
            {
                errors[field.Name] = field.Value.EnumerateArray().Select(m => m.GetString()!).ToArray();
            }
        }

        return new Problem(
            root.GetProperty("status").GetInt32(),
            root.TryGetProperty("code", out var code) ? code.GetString() : null,
            root.TryGetProperty("title", out var title) ? title.GetString() : null,
            root.TryGetProperty("detail", out var detail) ? detail.GetString() : null,
            errors);
    }
}

internal static class Json
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) => client.PutAsJsonAsync(url, body);
}
