using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Review.Contracts.Returns;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.ListApplications;

/// <summary>毕业生列表: every application of the account, newest change first.</summary>
public sealed record ListApplicationsQuery(Guid ParentAccountId) : IQuery<IReadOnlyList<ApplicationSummaryDto>>;

internal sealed class ListApplicationsQueryHandler(IApplicationRepository applications) : IQueryHandler<ListApplicationsQuery, IReadOnlyList<ApplicationSummaryDto>>
{
    public async ValueTask<IReadOnlyList<ApplicationSummaryDto>> Handle(ListApplicationsQuery query, CancellationToken cancellationToken)
    {
        var own = await applications.ListOwnAsync(query.ParentAccountId, cancellationToken);
        return [.. own.OrderByDescending(a => a.UpdatedAt).Select(a => a.ToSummary())];
    }
}
