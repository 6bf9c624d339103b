using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Seasons;

namespace Enrollment.Modules.Registration.Application.Abstractions;

public interface IApplicationRepository
{
    void Add(DomainApplication application);

    /// <summary>The parent's own, not deleted application; null otherwise, whoever else it belongs to.</summary>
    Task<DomainApplication?> GetOwnAsync(ApplicationId id, Guid parentAccountId, CancellationToken cancellationToken);

    Task<bool> IsStudentRegisteredAsync(SeasonId seasonId, string studentLookupKey, ApplicationId except, CancellationToken cancellationToken);
}

public interface ISeasonRepository
{
    Task<Season?> GetAsync(SeasonId id, CancellationToken cancellationToken);

    /// <summary>The season parents can act in now, or the nearest one that has not closed yet, so the answer can say when it opens.</summary>
    Task<Season?> GetCurrentAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
