using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.Modules.Registration.Application.Applications.ForReview;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Seasons;
using Enrollment.Modules.Registration.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence;

/// <summary>Compares the blind indexes of the parents' IDs (the IDs themselves are encrypted, ADR-0029).</summary>
internal sealed class ApplicationsOfParentsReader(RegistrationDbContext context) : IApplicationsOfParentsReader
{
    public async Task<IReadOnlyList<ApplicationOfParent>> FindAsync(FindApplicationsOfParentsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var season = new SeasonId(query.SeasonId);
        var except = new ApplicationId(query.ExceptApplicationId);
        List<string> ids = [.. query.ParentResidentIds.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => context.PersonalData.BlindIndex(BlindIndexPurposes.ResidentId, id.Trim().ToUpperInvariant())).Distinct()];
        var rows = await context.Applications.AsNoTracking()
            .Where(a => a.SeasonId == season && a.Id != except && !a.IsDeleted && a.Status != ApplicationStatus.Draft && a.Student != null)
            .Where(a => ids.Contains(EF.Property<string>(a.Father!, ApplicationConfiguration.ResidentIdIndex))
                || ids.Contains(EF.Property<string>(a.Mother!, ApplicationConfiguration.ResidentIdIndex)))
            .Select(a => new { a.Id, Name = a.Student!.Name, a.Status, a.Student.GraduationSchoolId })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ApplicationOfParent(r.Id.Value, r.Name.Value, r.Status.ToString(), r.GraduationSchoolId ?? Guid.Empty))];
    }
}
