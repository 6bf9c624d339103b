using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Seasons;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence;

internal sealed class ApplicationRepository(RegistrationDbContext context) : IApplicationRepository
{
    public void Add(DomainApplication application) => context.Applications.Add(application);

    public Task<DomainApplication?> GetOwnAsync(ApplicationId id, Guid parentAccountId, CancellationToken cancellationToken) =>
        context.Applications.SingleOrDefaultAsync(
            a => a.Id == id && a.ParentAccountId == parentAccountId && !a.IsDeleted, cancellationToken);

    public Task<bool> IsStudentRegisteredAsync(SeasonId seasonId, string studentLookupKey, ApplicationId except, CancellationToken cancellationToken) =>
        context.Applications.AnyAsync(
            a => a.SeasonId == seasonId && a.StudentLookupKey == studentLookupKey && a.Id != except && !a.IsDeleted,
            cancellationToken);
}

internal sealed class SeasonRepository(RegistrationDbContext context) : ISeasonRepository
{
    public Task<Season?> GetAsync(SeasonId id, CancellationToken cancellationToken) =>
        context.Seasons.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<Season?> GetCurrentAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        context.Seasons
            .Where(s => s.ClosesAt > now)
            .OrderBy(s => s.OpensAt)
            .FirstOrDefaultAsync(cancellationToken);
}
