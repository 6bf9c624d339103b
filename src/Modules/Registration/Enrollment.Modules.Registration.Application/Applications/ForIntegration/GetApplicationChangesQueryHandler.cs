using Enrollment.Modules.Registration.Contracts.Applications;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.ForIntegration;

/// <summary>The read behind <see cref="GetApplicationChangesQuery"/>: position order, head and filters in the database.</summary>
public interface IApplicationChangesReader
{
    Task<ApplicationChangesPage> ReadAsync(GetApplicationChangesQuery query, CancellationToken cancellationToken);
}

internal sealed class GetApplicationChangesQueryHandler(IApplicationChangesReader reader) : IQueryHandler<GetApplicationChangesQuery, ApplicationChangesPage>
{
    public async ValueTask<ApplicationChangesPage> Handle(GetApplicationChangesQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await reader.ReadAsync(
            query with { AfterPosition = Math.Max(0, query.AfterPosition), Limit = Math.Clamp(query.Limit, 1, GetApplicationChangesQuery.MaxLimit) },
            cancellationToken);
    }
}
