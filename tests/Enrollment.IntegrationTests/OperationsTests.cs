using System.Diagnostics;
using System.Net;
using Enrollment.BuildingBlocks.Infrastructure.Outbox;
using Enrollment.Testing;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>The host's operational entry points: the <c>migrate</c> verb and the job dashboard's guard.</summary>
public sealed class OperationsTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task The_migrate_verb_creates_every_module_schema_and_exits()
    {
        var file = Path.Combine(Path.GetTempPath(), $"enrollment-migrate-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "migrate"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(typeof(Program).Assembly.Location)!,
        };
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__ConnectionString"] = $"Data Source={file}";
        start.Environment["Jobs__SqlitePath"] = Path.ChangeExtension(file, ".jobs.db");

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"migrate exited {process.ExitCode}: {await output} {await errors}");
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_\\_EFMigrationsHistory' ESCAPE '\\'";
        var histories = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                histories.Add(reader.GetString(0));
            }
        }

        Assert.Equal(
            ["evidence___EFMigrationsHistory", "identity___EFMigrationsHistory", "regions___EFMigrationsHistory", "registration___EFMigrationsHistory", "review___EFMigrationsHistory"],
            histories.Order().ToArray());
    }

    [Fact]
    public async Task Jobs_in_the_sqlite_job_store_survive_a_restart()
    {
        var (connectionString, _) = await fixture.CreateDatabaseAsync(Path.GetTempPath());
        var noWorkers = new Dictionary<string, string?> { ["Jobs:ServerEnabled"] = "false" };
        string jobId;
        await using (var first = fixture.StartApp(connectionString!, noWorkers))
        {
            jobId = first.Services.GetRequiredService<IBackgroundJobClient>()
                .Schedule<OutboxCleanupJob>(job => job.RunAsync(CancellationToken.None), TimeSpan.FromDays(1));
        }

        await using var second = fixture.StartApp(connectionString!, noWorkers);
        var storage = second.Services.GetRequiredService<JobStorage>();
        var job = storage.GetMonitoringApi().JobDetails(jobId);
        Assert.NotNull(job);
        Assert.Equal(nameof(OutboxCleanupJob.RunAsync), job.Job.Method.Name);
        Assert.Contains(storage.GetConnection().GetRecurringJobs(), r => r.Id == OutboxCleanupJob.RecurringJobId);
    }

    [Theory]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("203.0.113.7", HttpStatusCode.Unauthorized)]
    public async Task The_job_dashboard_answers_only_this_machine(string remoteAddress, HttpStatusCode expected)
    {
        await using var app = fixture.App.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddSingleton<IStartupFilter>(new RemoteAddress(IPAddress.Parse(remoteAddress)))));

        var response = await app.CreateClient().GetAsync("/jobs");

        Assert.Equal(expected, response.StatusCode);
    }

    // The test server has no network peer; this stands in for one.
    private sealed class RemoteAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                context.Connection.LocalIpAddress = IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
