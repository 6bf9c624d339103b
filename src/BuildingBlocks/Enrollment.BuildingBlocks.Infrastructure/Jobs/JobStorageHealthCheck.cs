using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Enrollment.BuildingBlocks.Infrastructure.Jobs;

/// <summary>Ready only when the job store answers: notifications and period checks depend on it.</summary>
internal sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var statistics = storage.GetMonitoringApi().GetStatistics();
            return Task.FromResult(HealthCheckResult.Healthy($"{statistics.Servers} server(s), {statistics.Enqueued} enqueued"));
        }
        catch (Exception exception)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The job storage does not answer.", exception));
        }
    }
}
