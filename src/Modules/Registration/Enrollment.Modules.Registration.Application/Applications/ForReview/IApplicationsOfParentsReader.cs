using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Domain.Seasons;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.ForReview;

/// <summary>The submitted applications of a season that name one of these parents.</summary>
public interface IApplicationsOfParentsReader
{
    Task<IReadOnlyList<ApplicationOfParent>> FindAsync(FindApplicationsOfParentsQuery query, CancellationToken cancellationToken);
}
