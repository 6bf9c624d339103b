using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Testing;
using Npgsql;
using Xunit;

namespace Enrollment.SecurityTests;

/// <summary>
/// Fail fast: while PostgreSQL cannot be reached, a wizard request answers 503 with <c>Retry-After</c>
/// within 5 s and the readiness check within 2 s (they hung for 27–57 s); once it is back, the same host
/// answers again without a restart. The database is cut for this host only, by a relay in front of it.
/// </summary>
public sealed class DatabaseDownTests : IAsyncLifetime
{
    private readonly string _workFolder = Path.Combine(Path.GetTempPath(), $"enrollment-down-{Guid.NewGuid():N}");
    private TcpRelay? _relay;
    private EnrollmentApp? _app;
    private string? _skipReason;

    public async Task InitializeAsync()
    {
        var server = await PostgresServer.GetAsync();
        if (server.SkipReason is not null)
        {
            _skipReason = server.SkipReason;
            return;
        }

        Directory.CreateDirectory(_workFolder);
        var direct = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync("down"));
        _relay = new TcpRelay(direct.Host!, direct.Port);
        var relayed = new NpgsqlConnectionStringBuilder(direct.ConnectionString) { Host = "127.0.0.1", Port = _relay.Port };
        _app = new EnrollmentApp(DatabaseProvider.PostgreSql, relayed.ConnectionString, _workFolder);
        _ = _app.Server;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_relay is not null)
        {
            await _relay.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task While_the_database_is_unreachable_requests_answer_503_quickly_and_the_host_recovers()
    {
        Skip.If(_skipReason is not null, _skipReason);
        var app = _app!;
        var parent = app.CreateParentClient(Guid.NewGuid());
        Assert.Equal(HttpStatusCode.OK, (await parent.GetAsync("/api/v1/applications")).StatusCode);

        _relay!.Cut();

        var clock = Stopwatch.StartNew();
        var list = await parent.GetAsync("/api/v1/applications");
        var listTook = clock.Elapsed;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, list.StatusCode);
        Assert.True(listTook < TimeSpan.FromSeconds(5), $"the wizard answered after {listTook.TotalSeconds:F1} s");
        Assert.Equal("5", list.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using (var problem = JsonDocument.Parse(await list.Content.ReadAsStringAsync()))
        {
            Assert.Equal("database.unavailable", problem.RootElement.GetProperty("code").GetString());
        }

        clock.Restart();
        var start = await parent.PostAsync("/api/v1/applications", JsonContent("{\"graduationType\":\"KindergartenGraduate\"}"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, start.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"starting an application answered after {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        var ready = await app.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"/health/ready answered after {clock.Elapsed.TotalSeconds:F1} s");

        _relay.Restore();

        var recovered = await RetryAsync(() => parent.GetAsync("/api/v1/applications"), TimeSpan.FromSeconds(20));
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RetryAsync(() => app.CreateClient().GetAsync("/health/ready"), TimeSpan.FromSeconds(20))).StatusCode);
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private static async Task<HttpResponseMessage> RetryAsync(Func<Task<HttpResponseMessage>> send, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var response = await send();
            if (response.StatusCode == HttpStatusCode.OK || clock.Elapsed > within)
            {
                return response;
            }

            await Task.Delay(250);
        }
    }
}
