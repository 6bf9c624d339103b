using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Enrollment.Testing;

namespace Enrollment.IntegrationTests;

/// <summary>
/// A browser in front of real host processes (through the proxy or straight at one instance): its own cookies, the
/// WeChat sign-in followed hop by hop through the simulator, the CSRF header on writes. For the scale-out and fault
/// tests, where the in-memory test server of <see cref="Enrollment.Testing.EnrollmentApp"/> is not in the path.
/// </summary>
internal sealed class BrowserParent : IDisposable
{
    private readonly HttpClientHandler _handler;

    public BrowserParent(Uri site, CookieContainer? cookies = null)
    {
        Cookies = cookies ?? new CookieContainer();
        _handler = new HttpClientHandler { CookieContainer = Cookies, UseCookies = true, AllowAutoRedirect = false };
        Http = new HttpClient(_handler) { BaseAddress = site, Timeout = TimeSpan.FromSeconds(90) };
        Http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
    }

    public CookieContainer Cookies { get; }

    public HttpClient Http { get; }

    public string CsrfCookie { get; set; } = "enrollment.parent.csrf";

    /// <summary>authorize → the simulator's authorize page (openid chosen) → callback → /h5/.</summary>
    public Task SignInAsync(string openId) =>
        WeChatSimulatorSignIn.WalkAsync(Http.GetAsync, Http.BaseAddress!, openId, maxHops: 6);

    public async Task StaffSignInAsync(string userName, string password)
    {
        CsrfCookie = "enrollment.staff.csrf";
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/auth/staff/login", new { userName, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"staff sign-in failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (method != HttpMethod.Get && Cookies.GetCookies(Http.BaseAddress!).FirstOrDefault(c => c.Name == CsrfCookie) is { } csrf)
        {
            request.Headers.Add("X-CSRF-Token", csrf.Value);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await Http.SendAsync(request);
    }

    /// <summary>Sends and reads the JSON answer, failing with the body when the status is not the expected one.</summary>
    public async Task<JsonElement> JsonAsync(HttpMethod method, string url, object? body, HttpStatusCode expected, string? idempotencyKey = null)
    {
        using var response = await SendAsync(method, url, body, idempotencyKey);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{method} {url}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose()
    {
        Http.Dispose();
        _handler.Dispose();
    }

    /// <summary>A valid 18-digit resident ID (GB 11643 check character) of a Dengfeng-born person.</summary>
    public static string ResidentId(DateOnly birth, int sequence)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"410185{birth:yyyyMMdd}{sequence % 1000:D3}");
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * weights[i];
        }

        return body + "10X98765432"[sum % 11];
    }
}
