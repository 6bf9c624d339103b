using System.Runtime.CompilerServices;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Application.Applications.SubmittedApplications;
using Enrollment.Modules.Registration.Contracts.Applications;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.ForStatistics;

/// <summary>The read side of <see cref="StreamAnonymizedApplicationsQuery"/>.</summary>
public interface IAnonymizedApplicationStream
{
    IAsyncEnumerable<AnonymizedApplicationSummary> StreamAsync(IReadOnlyCollection<Guid>? allowedSchoolIds, CancellationToken cancellationToken);
}

internal sealed class StreamAnonymizedApplicationsQueryHandler(IAnonymizedApplicationStream stream, ISchoolRepository schools)
    : IStreamQueryHandler<StreamAnonymizedApplicationsQuery, AnonymizedApplicationSummary>
{
    public async IAsyncEnumerable<AnonymizedApplicationSummary> Handle(StreamAnonymizedApplicationsQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var scope = await ScopeAcrossSeasons.WidenAsync(schools, query.AllowedSchoolIds, cancellationToken);
        await foreach (var line in stream.StreamAsync(scope, cancellationToken))
        {
            yield return line;
        }
    }
}
