using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Schools;

namespace Enrollment.Modules.Registration.Application.Applications.SubmittedApplications;

/// <summary>Widens a caller's school scope to the same schools in every season (<see cref="SchoolIdentity"/>).</summary>
internal static class ScopeAcrossSeasons
{
    public static async Task<IReadOnlyCollection<Guid>?> WidenAsync(ISchoolRepository schools, IReadOnlyCollection<Guid>? allowedSchoolIds, CancellationToken cancellationToken) =>
        allowedSchoolIds is null or { Count: 0 }
            ? allowedSchoolIds
            : SchoolIdentity.SameSchools(allowedSchoolIds, await schools.ListIdentitiesAsync(cancellationToken));
}
