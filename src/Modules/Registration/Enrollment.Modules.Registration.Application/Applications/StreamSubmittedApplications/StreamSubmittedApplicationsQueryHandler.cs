using System.Runtime.CompilerServices;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Applications;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.StreamSubmittedApplications;

/// <summary>The read side of <see cref="StreamSubmittedApplicationsQuery"/>: filters and scope in the database, rows streamed.</summary>
public interface ISubmittedApplicationStream
{
    IAsyncEnumerable<SubmittedApplicationSummary> StreamAsync(StreamSubmittedApplicationsQuery query, CancellationToken cancellationToken);
}

internal sealed class StreamSubmittedApplicationsQueryHandler(ISubmittedApplicationStream stream, ISchoolRepository schools)
    : IStreamQueryHandler<StreamSubmittedApplicationsQuery, SubmittedApplicationSummary>
{
    public async IAsyncEnumerable<SubmittedApplicationSummary> Handle(StreamSubmittedApplicationsQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var scope = await SubmittedApplications.ScopeAcrossSeasons.WidenAsync(schools, query.AllowedSchoolIds, cancellationToken);
        var normalized = query with { Search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim(), AllowedSchoolIds = scope };
        await foreach (var line in stream.StreamAsync(normalized, cancellationToken))
        {
            yield return line;
        }
    }
}
