using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Domain.Applications;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.ForNotifications;

/// <summary>Answers the Review module's <see cref="GetApplicationForNotificationQuery"/>.</summary>
internal sealed class GetApplicationForNotificationQueryHandler(IApplicationRepository applications, ISeasonRepository seasons)
    : IQueryHandler<GetApplicationForNotificationQuery, ApplicationForNotification>
{
    public async ValueTask<ApplicationForNotification> Handle(GetApplicationForNotificationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var application = await applications.GetAsync(new ApplicationId(query.ApplicationId), cancellationToken)
            ?? throw new NotFoundException("application", query.ApplicationId);
        var season = await seasons.GetForReadingAsync(application.SeasonId, cancellationToken)
            ?? throw new NotFoundException("season", application.SeasonId);
        return new ApplicationForNotification(
            application.Id.Value,
            application.ParentAccountId,
            application.Status.ToString(),
            application.Student?.Name.Value,
            season.Name,
            season.ClosesAt);
    }
}
