using System.Text.Json;
using Enrollment.BuildingBlocks.Infrastructure.Outbox;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.BuildingBlocks.Infrastructure.Seeding;
using Enrollment.Modules.Registration.Infrastructure;
using Enrollment.Modules.Review.Infrastructure;
using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Enrollment.Host.Hosting;

internal static partial class StartupExtensions
{
    /// <summary>Migrates (unless turned off), seeds what configuration asks for and registers the recurring jobs.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IModuleSeeder>().OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(CancellationToken.None);
            }
        }

        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<OutboxCleanupJob>(
            OutboxCleanupJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Daily(3));
        app.Services.GetRequiredService<IRecurringJobManager>().AddReviewRecurringJobs(app.Configuration);
        app.Services.GetRequiredService<IRecurringJobManager>().AddRegistrationRecurringJobs(app.Configuration);

        // Personal data (ADR-0029): rows written before encryption or under an older key move to the active key in
        // the background after every start; the recurring entry lets an operator run it again from the dashboard.
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<PersonalDataReencryptionJob>(
            PersonalDataReencryptionJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Never());
        app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<PersonalDataReencryptionJob>(job => job.RunAsync(CancellationToken.None));
    }

    public static void MapEnrollmentHealthChecks(this WebApplication app, bool details)
    {
        // Live: the process answers. Ready: the database of every module and the job storage answer.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = details ? WriteReport : WriteStatus,
        }).AllowAnonymous();
    }

    public static void LogUrls(this WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            var root = address.Replace("0.0.0.0", "localhost", StringComparison.Ordinal).Replace("[::]", "localhost", StringComparison.Ordinal).TrimEnd('/');
            LogUrlsReady(app.Logger, $"{root}/h5/", $"{root}/admin/", $"{root}/docs", $"{root}/jobs", $"{root}/health/ready");
        }
    }

    private static Task WriteStatus(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }));
    }

    private static Task WriteReport(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Enrollment is ready. Parent H5: {H5}  Admin: {Admin}  API docs: {Docs}  Jobs: {Jobs}  Health: {Health}")]
    private static partial void LogUrlsReady(ILogger logger, string h5, string admin, string docs, string jobs, string health);
}
