using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Domain.Applications;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.SubmittedApplications;

/// <summary>
/// The read side behind <see cref="ListSubmittedApplicationsQuery"/> and <see cref="GetSubmittedApplicationQuery"/>:
/// filtering, scope and paging happen in the database.
/// </summary>
public interface ISubmittedApplicationReader
{
    Task<SubmittedApplicationPage> ListAsync(ListSubmittedApplicationsQuery query, CancellationToken cancellationToken);

    /// <summary>Null when missing, a draft, deleted, or outside the allowed schools.</summary>
    Task<SubmittedApplication?> GetAsync(Guid applicationId, IReadOnlyCollection<Guid>? allowedSchoolIds, CancellationToken cancellationToken);
}
