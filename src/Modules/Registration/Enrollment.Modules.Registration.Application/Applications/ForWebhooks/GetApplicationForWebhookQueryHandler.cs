using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Applications;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.ForWebhooks;

/// <summary>Answers the Review module's <see cref="GetApplicationForWebhookQuery"/>: deleted applications included.</summary>
internal sealed class GetApplicationForWebhookQueryHandler(IApplicationRepository applications, ISeasonRepository seasons)
    : IQueryHandler<GetApplicationForWebhookQuery, ApplicationForWebhook>
{
    public async ValueTask<ApplicationForWebhook> Handle(GetApplicationForWebhookQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var application = await applications.GetEvenDeletedAsync(new ApplicationId(query.ApplicationId), cancellationToken)
            ?? throw new NotFoundException("application", query.ApplicationId);
        var season = await seasons.GetAsync(application.SeasonId, cancellationToken)
            ?? throw new NotFoundException("season", application.SeasonId);
        return new ApplicationForWebhook(
            application.Id.Value,
            application.SeasonId.Value,
            season.Year,
            application.Student?.GraduationSchoolId,
            application.GraduationType.ToString(),
            application.Status.ToString(),
            application.SubmittedAt is not null,
            application.IsDeleted);
    }
}
