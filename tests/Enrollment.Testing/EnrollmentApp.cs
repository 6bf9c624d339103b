using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Identity.Domain.Agreements;
using Enrollment.Modules.Identity.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Time.Testing;

namespace Enrollment.Testing;

/// <summary>
/// The real host (every module, the outbox, Hangfire) on a chosen database, in the Development
/// environment, with the clock pinned to 15 July 2024 and the 2024 Dengfeng season seeded.
/// </summary>
public sealed class EnrollmentApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset PinnedNow = new(2024, 7, 15, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <summary>
    /// What Production needs to start at all (the host refuses the simulator's credentials, a missing
    /// signing key, no first admin and no public address): pass these with environment "Production".
    /// </summary>
    public static Dictionary<string, string?> SafeProductionSettings() => new()
    {
        ["WeChat:AppId"] = "wx1234567890abcdef",
        ["WeChat:AppSecret"] = "0123456789abcdef0123456789abcdef",
        ["WeChat:Token"] = "production-token-of-the-test",
        ["WeChat:ApiBaseUrl"] = "https://api.weixin.qq.com",
        ["WeChat:OpenBaseUrl"] = "https://open.weixin.qq.com",
        ["Identity:Tokens:SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        ["Identity:BootstrapAdmin:UserName"] = "root",
        ["Identity:BootstrapAdmin:Password"] = "Bootstrap#Strong-2024",
        ["Hosting:PublicBaseUrl"] = "https://rx.example.gov.cn",
        ["PersonalData:Encryption:ActiveKeyId"] = "k1",
        ["PersonalData:Encryption:Keys:k1"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        ["PersonalData:BlindIndex:Key"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
    };

    private readonly string _environment;

    public EnrollmentApp(DatabaseProvider provider, string connectionString, string workFolder, IDictionary<string, string?>? settings = null, string environment = "Development")
    {
        _environment = environment;
        Provider = provider;
        ConnectionString = connectionString;
        var all = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = connectionString,
            ["Jobs:SqlitePath"] = Path.Combine(workFolder, "jobs.db"),
            ["Jobs:WorkerCount"] = "1",
            ["Jobs:QueuePollInterval"] = "00:00:00.500",
            ["Jobs:SchedulePollingInterval"] = "00:00:01",
            ["Evidence:Files:Root"] = Path.Combine(workFolder, "evidence-files"),
            ["Outbox:PollInterval"] = "00:00:00.100",
            ["Review:Webhooks:FirstRetryDelay"] = "00:00:01", // a failed delivery is retried after a second, not ten
            ["Registration:SeedSeason:Enabled"] = "true",
            ["Review:DemoApplications:Enabled"] = "false", // tests make their own applications
            ["Registration:SeedSeason:Year"] = "2024",
            ["Registration:SeedSeason:HomeCountyCode"] = "410185",
            ["Registration:SeedSeason:CountyName"] = "登封市",
            ["Registration:SeedSeason:OpensAt"] = "2024-06-01T00:00:00+08:00",
            ["Registration:SeedSeason:ClosesAt"] = "2024-08-31T23:59:59+08:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        _settings = all;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public FakeTimeProvider Clock { get; } = new(PinnedNow.ToUniversalTime());

    /// <summary>
    /// The host whose WeChat simulator this one's WeChat client calls (default: its own). Set before
    /// the first request, so that two instances talk to one "WeChat", as in production.
    /// </summary>
    public EnrollmentApp? WeChatOf { get; set; }

    /// <summary>More test services (a fault to inject, a listener), added after the host's own; set before the first request.</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    /// <summary>
    /// A client of the parent whose WeChat openid is "o" + the GUID: it signs in for real through the
    /// WeChat simulator on its first request (authorize → simulator → callback), then carries the
    /// parent cookie and sends the CSRF header on state-changing requests.
    /// </summary>
    /// <param name="acceptAgreement">
    /// Whether the parent has agreed to the current 平台协议 (the consent gate of every registration
    /// write); tests of the agreement itself pass false and go through its endpoints.
    /// </param>
    public HttpClient CreateParentClient(Guid parentAccountId, bool acceptAgreement = true) => CreateParentClient(OpenIdFor(parentAccountId), acceptAgreement);

    /// <inheritdoc cref="CreateParentClient(Guid, bool)"/>
    public HttpClient CreateParentClient(string openId, bool acceptAgreement = true) => CreateParentClient(openId, new CookieContainer(), acceptAgreement);

    /// <inheritdoc cref="CreateParentClient(Guid, bool)"/>
    /// <param name="cookies">Where the client keeps its cookies; another instance's client can then carry them (<see cref="CreateClientWithCookies"/>).</param>
    public HttpClient CreateParentClient(string openId, CookieContainer cookies, bool acceptAgreement = true)
    {
        var client = CreateDefaultClient(new ParentSignInHandler(openId, cookies, acceptAgreement ? this : null), new CookieContainerHandler(cookies));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public static string OpenIdFor(Guid parentAccountId) => "o" + parentAccountId.ToString("N");

    /// <summary>
    /// Records the account's consent to the current agreement as though it had been read for the
    /// 30 seconds, without moving the shared clock (the 30 s rule has its own HTTP tests).
    /// </summary>
    public async Task AgreeToCurrentAgreementAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var current = await db.Agreements.OrderByDescending(a => a.Version).FirstOrDefaultAsync(cancellationToken);
        if (current is null || await db.AgreementConsents.AnyAsync(c => c.AccountId == accountId && c.Version == current.Version, cancellationToken))
        {
            return;
        }

        var now = Clock.GetUtcNow();
        var shown = await db.AgreementsShown.SingleOrDefaultAsync(s => s.AccountId == accountId && s.Version == current.Version, cancellationToken);
        if (shown is null)
        {
            shown = AgreementShown.Record(accountId, current.Version, now - AgreementConsent.MinimumReadingTime);
            db.AgreementsShown.Add(shown);
        }

        db.AgreementConsents.Add(AgreementConsent.Accept(accountId, current.Version, shown, "test", now));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// A client of this instance that carries cookies made elsewhere (another instance's sign-in) and sends the
    /// CSRF header of the named cookie, as a browser behind a load balancer would.
    /// </summary>
    public HttpClient CreateClientWithCookies(CookieContainer cookies, string csrfCookieName = "enrollment.parent.csrf")
    {
        var client = CreateDefaultClient(new CsrfHeaderHandler(cookies, csrfCookieName), new CookieContainerHandler(cookies));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>A client signed in as a staff user (the staff cookie and its CSRF header).</summary>
    public async Task<HttpClient> CreateStaffClientAsync(string userName, string password)
    {
        var cookies = new CookieContainer();
        var client = CreateDefaultClient(new CsrfHeaderHandler(cookies, "enrollment.staff.csrf"), new CookieContainerHandler(cookies));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var response = await client.PostAsJsonAsync("/api/v1/auth/staff/login", new { userName, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Staff sign-in of {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    /// <summary>The demo admin seeded in Development (appsettings.Development.json).</summary>
    public Task<HttpClient> CreateAdminClientAsync() => CreateStaffClientAsync("admin", "Admin#2024");

    /// <summary>Sends the CSRF token of the named cookie as X-CSRF-Token on state-changing requests.</summary>
    private class CsrfHeaderHandler(CookieContainer cookies, string cookieName) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && !request.Headers.Contains("X-CSRF-Token")
                && cookies.GetCookies(request.RequestUri!).FirstOrDefault(c => c.Name == cookieName) is { } csrf)
            {
                request.Headers.Add("X-CSRF-Token", csrf.Value);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>On the first request, the OAuth round trip through the simulator; one at a time.</summary>
    private sealed class ParentSignInHandler(string openId, CookieContainer cookies, EnrollmentApp? agreeOn) : CsrfHeaderHandler(cookies, "enrollment.parent.csrf")
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private bool _signedIn;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!_signedIn)
            {
                await _gate.WaitAsync(cancellationToken);
                try
                {
                    if (!_signedIn)
                    {
                        var root = new Uri(request.RequestUri!.GetLeftPart(UriPartial.Authority));
                        await SignInAsync(root, cancellationToken);
                        if (agreeOn is not null)
                        {
                            using var me = await base.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(root, "/api/v1/me")), cancellationToken);
                            var account = await me.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<SignedInParent>(cancellationToken);
                            await agreeOn.AgreeToCurrentAgreementAsync(account!.Id, cancellationToken);
                        }

                        _signedIn = true;
                    }
                }
                finally
                {
                    _gate.Release();
                }
            }

            return await base.SendAsync(request, cancellationToken);
        }

        private Task SignInAsync(Uri root, CancellationToken cancellationToken) =>
            WeChatSimulatorSignIn.WalkAsync((uri, token) => base.SendAsync(new HttpRequestMessage(HttpMethod.Get, uri), token), root, openId, maxHops: 5, cancellationToken);
    }

    private sealed record SignedInParent(Guid Id);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // The console shows warnings and errors only (appsettings.json asks for Information, which
        // would bury a failing test's output); other providers a test adds still see everything.
        builder.ConfigureLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None)
            .AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);

            // The WeChat client calls the simulator of this same in-memory server.
            services.AddHttpClient("WeChat").ConfigurePrimaryHttpMessageHandler(() => (WeChatOf ?? this).Server.CreateHandler());
            TestServices?.Invoke(services);
        });
    }
}
