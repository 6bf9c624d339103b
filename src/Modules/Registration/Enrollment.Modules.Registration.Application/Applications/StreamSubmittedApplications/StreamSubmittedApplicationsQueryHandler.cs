using Enrollment.Modules.Registration.Contracts.Applications;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.StreamSubmittedApplications;

/// <summary>The read side of <see cref="StreamSubmittedApplicationsQuery"/>: filters and scope in the database, rows streamed.</summary>
public interface ISubmittedApplicationStream
{
    IAsyncEnumerable<SubmittedApplicationSummary> StreamAsync(StreamSubmittedApplicationsQuery query, CancellationToken cancellationToken);
}

internal sealed class StreamSubmittedApplicationsQueryHandler(ISubmittedApplicationStream stream)
    : IStreamQueryHandler<StreamSubmittedApplicationsQuery, SubmittedApplicationSummary>
{
    public IAsyncEnumerable<SubmittedApplicationSummary> Handle(StreamSubmittedApplicationsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return stream.StreamAsync(query with { Search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim() }, cancellationToken);
    }
}
