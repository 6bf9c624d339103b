using System.Net.Http.Headers;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
            ["Outbox:PollInterval"] = "00:00:00.100",
            ["Registration:SeedSeason:Enabled"] = "true",
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

    /// <summary>This host's twin with the test-only staff sign-in (<see cref="TestSignIn"/>), made once and disposed with it.</summary>
    public WebApplicationFactory<Program> StaffHost => _staffHost ??= this.WithTestSignIn();

    private WebApplicationFactory<Program>? _staffHost;

    /// <summary>A client signed in as the given parent through the development stand-in.</summary>
    public HttpClient CreateParentClient(Guid parentAccountId)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Development-Parent-Id", parentAccountId.ToString());
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>TEST ONLY: a client signed in as a district admin through <see cref="TestStaffAuthenticationHandler"/>.</summary>
    public HttpClient CreateAdminClient(string roles = "DistrictAdmin")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(TestStaffAuthenticationHandler.HeaderName, roles);
        client.DefaultRequestHeaders.Add(TestStaffAuthenticationHandler.CsrfHeader, TestStaffAuthenticationHandler.CsrfToken);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            TestStaffAuthenticationHandler.Register(services);
        });
    }
}
