using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Seasons;

namespace Enrollment.Modules.Registration.Application.Abstractions;

internal static class OwnApplicationLoading
{
    /// <summary>
    /// The parent's own application, checked against the version the parent last read, and its
    /// season: what every page and status change needs. Not theirs or not there → 404.
    /// </summary>
    public static async Task<(StudentApplication Application, Season Season)> LoadOwnForUpdateAsync(
        this IApplicationRepository applications,
        ISeasonRepository seasons,
        Guid applicationId,
        Guid parentAccountId,
        int? expectedVersion,
        CancellationToken cancellationToken)
    {
        var application = await applications.GetOwnForUpdateAsync(new ApplicationId(applicationId), parentAccountId, expectedVersion, cancellationToken)
            ?? throw new NotFoundException("application", applicationId);
        var season = await seasons.GetForReadingAsync(application.SeasonId, cancellationToken)
            ?? throw new NotFoundException("season", application.SeasonId);
        return (application, season);
    }
}
