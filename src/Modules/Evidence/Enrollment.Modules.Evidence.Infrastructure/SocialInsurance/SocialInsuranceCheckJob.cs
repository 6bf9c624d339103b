using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Application.SocialInsurance.CheckPeriod;
using Hangfire;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enrollment.Modules.Evidence.Infrastructure.SocialInsurance;

/// <summary>
/// Told after each batch of period checks has been committed. None in production; the extension point through
/// which the tests make a job fail once after its outcome is stored, to see the retry leave one outcome.
/// </summary>
internal interface ISocialInsuranceCheckListener
{
    Task CheckedAsync(IReadOnlyList<Guid> applicationIds, CancellationToken cancellationToken);
}

/// <summary>
/// The Hangfire jobs of the period check (<see cref="CheckSocialInsurancePeriodCommand"/>): one application after a
/// page or page 3 changed, or every application with an employment or business page after an import, 200 per
/// transaction. Retried with back-off (2 s, 10 s, 1 min, 5 min, 30 min); the check is an upsert per page, so a retry
/// or a second run never adds an outcome.
/// </summary>
internal sealed class SocialInsuranceCheckJob(IServiceScopeFactory scopes, IEnumerable<ISocialInsuranceCheckListener> listeners)
{
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [2, 10, 60, 300, 1800])]
    public Task CheckApplicationAsync(Guid applicationId, CancellationToken cancellationToken) =>
        CheckAsync([applicationId], cancellationToken);

    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [2, 10, 60, 300, 1800])]
    public async Task CheckAfterImportAsync(Guid importId, CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> ids;
        await using (var scope = scopes.CreateAsyncScope())
        {
            ids = await scope.ServiceProvider.GetRequiredService<IEligibilityEvidenceRepository>()
                .ListIdsWithSavedPagesAsync(CheckSocialInsurancePeriodCommand.CheckedKinds, cancellationToken);
        }

        foreach (var batch in ids.Chunk(CheckSocialInsurancePeriodCommand.MaxApplications))
        {
            await CheckAsync(batch, cancellationToken);
        }
    }

    private async Task CheckAsync(IReadOnlyList<Guid> applicationIds, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(applicationIds, cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Describe(exception) is not null)
        {
            // Two checks of one application ran side by side (its 务工 and 经商 pages saved a moment apart are two jobs):
            // both found no outcome and both inserted one, and the outcome's key refused the second. Run again at once:
            // it finds the first's outcome and updates it in place (rather than failing into the retry seconds later).
            await SendAsync(applicationIds, cancellationToken);
        }

        foreach (var listener in listeners)
        {
            await listener.CheckedAsync(applicationIds, cancellationToken);
        }
    }

    private async Task SendAsync(IReadOnlyList<Guid> applicationIds, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CheckSocialInsurancePeriodCommand(applicationIds), cancellationToken);
    }
}

/// <summary>The Application layer's scheduling port on Hangfire.</summary>
internal sealed class HangfireSocialInsuranceJobs(IBackgroundJobClient jobs) : ISocialInsuranceJobs
{
    public void CheckApplication(Guid applicationId) =>
        jobs.Enqueue<SocialInsuranceCheckJob>(job => job.CheckApplicationAsync(applicationId, CancellationToken.None));
}
