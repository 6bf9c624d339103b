using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enrollment.Testing;
using Xunit;

namespace Enrollment.SecurityTests;

/// <summary>Reads RFC 7807 answers: status, <c>code</c>, field messages.</summary>
internal sealed record Problem(int Status, string? Code, Dictionary<string, string[]> Errors)
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

        return new Problem(root.GetProperty("status").GetInt32(), root.TryGetProperty("code", out var code) ? code.GetString() : null, errors);
    }
}

/// <summary>
/// A staff sign-in held by hand: the raw cookie header and the CSRF token, so that a test can replay
/// a cookie after its session ended, or carry it to another instance.
/// </summary>
internal sealed record StaffSession(string CookieHeader, string Csrf)
{
    public static async Task<StaffSession> SignInAsync(EnrollmentApp app, string userName, string password)
    {
        using var client = app.CreateDefaultClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/staff/login", new { userName, password });
        Assert.True(response.IsSuccessStatusCode, $"Sign-in of {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var cookies = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        var csrf = cookies.Single(c => c.StartsWith("enrollment.staff.csrf=", StringComparison.Ordinal)).Split('=', 2)[1];
        return new StaffSession(string.Join("; ", cookies), csrf);
    }

    public async Task<HttpResponseMessage> SendAsync(EnrollmentApp app, HttpMethod method, string url, object? body = null)
    {
        using var client = app.CreateDefaultClient();
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Cookie", CookieHeader);
        request.Headers.Add("X-CSRF-Token", Csrf);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await client.SendAsync(request);
    }
}

internal static class Staff
{
    /// <summary>Creates a staff account through the admin API; returns its id.</summary>
    public static async Task<Guid> CreateAsync(HttpClient admin, string userName, string password, string role, params Guid[] schoolIds)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/admin/staff", new { userName, displayName = "测试", password, role, schoolIds });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    public static string NewUserName(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..20];
}
