using System.Runtime.CompilerServices;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Registration.Application.Applications;
using Enrollment.Modules.Registration.Application.Applications.StreamSubmittedApplications;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence;

/// <summary>
/// Streams the queue's lines for an export: the same filters as the queue (<see cref="SubmittedApplicationReader.MatchingAsync"/>),
/// only the line's columns, read as the consumer asks for them (not buffered where the provider retries: <see cref="UnbufferedQuery"/>). The schools (a few hundred) are read once up front.
/// </summary>
internal sealed class SubmittedApplicationStream(RegistrationDbContext context) : ISubmittedApplicationStream
{
    public async IAsyncEnumerable<SubmittedApplicationSummary> StreamAsync(
        StreamSubmittedApplicationsQuery query,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var reader = new SubmittedApplicationReader(context);
        var applications = await reader.MatchingAsync(
            new ListSubmittedApplicationsQuery(
                query.Status, query.SchoolId, query.GraduationType, query.Search, query.AllowedSchoolIds, 1, ListSubmittedApplicationsQuery.MaxPageSize)
            {
                SubmittedFrom = query.SubmittedFrom,
                SubmittedBefore = query.SubmittedBefore,
            },
            cancellationToken);
        if (applications is null)
        {
            yield break;
        }

        var schools = await context.Schools.AsNoTracking().ToDictionaryAsync(s => s.Id.Value, cancellationToken);
        await foreach (var r in SubmittedApplicationReader.Lines(reader.Ordered(applications, query.Sort, query.Ascending)).AsUnbufferedAsyncEnumerable(context, cancellationToken))
        {
            yield return SubmittedApplicationReader.Summary(r, schools);
        }
    }
}
