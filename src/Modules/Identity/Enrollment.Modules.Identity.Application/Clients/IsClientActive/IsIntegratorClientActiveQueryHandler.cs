using Enrollment.Modules.Identity.Contracts.Clients;

namespace Enrollment.Modules.Identity.Application.Clients.IsClientActive;

/// <summary>Answers <see cref="IsIntegratorClientActiveQuery"/> from the client's row (never from a cache: a revocation holds at once).</summary>
internal sealed class IsIntegratorClientActiveQueryHandler(IIntegratorClientRepository clients) : IQueryHandler<IsIntegratorClientActiveQuery, bool>
{
    public async ValueTask<bool> Handle(IsIntegratorClientActiveQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await clients.FindByClientIdAsync(query.ClientId, cancellationToken) is { IsRevoked: false };
    }
}
