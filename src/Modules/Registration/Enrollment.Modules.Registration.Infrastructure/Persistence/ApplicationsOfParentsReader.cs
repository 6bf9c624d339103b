using Enrollment.Modules.Registration.Application.Applications.ForReview;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Seasons;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence;

/// <summary>Compares the stored text of the parents' ID columns (the cast lets the database compare the value object's column).</summary>
internal sealed class ApplicationsOfParentsReader(RegistrationDbContext context) : IApplicationsOfParentsReader
{
    public async Task<IReadOnlyList<ApplicationOfParent>> FindAsync(FindApplicationsOfParentsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var season = new SeasonId(query.SeasonId);
        var except = new ApplicationId(query.ExceptApplicationId);
        List<string> ids = [.. query.ParentResidentIds.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim().ToUpperInvariant()).Distinct()];
        var rows = await context.Applications.AsNoTracking()
            .Where(a => a.SeasonId == season && a.Id != except && !a.IsDeleted && a.Status != ApplicationStatus.Draft && a.Student != null)
            .Where(a => ids.Contains((string)(object)a.Father!.ResidentId) || ids.Contains((string)(object)a.Mother!.ResidentId))
            .Select(a => new { a.Id, Name = a.Student!.Name, a.Status, a.Student.GraduationSchoolId })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ApplicationOfParent(r.Id.Value, r.Name.Value, r.Status.ToString(), r.GraduationSchoolId ?? Guid.Empty))];
    }
}
