using System.Security.Cryptography;
using Enrollment.Modules.Identity.Domain.Clients;
using Mapster;

namespace Enrollment.Modules.Identity.Application.Clients.ListClients;

public sealed record ListClientsQuery : IQuery<IReadOnlyList<ClientDto>>;

internal sealed class ListClientsQueryHandler(IIntegratorClientRepository clients) : IQueryHandler<ListClientsQuery, IReadOnlyList<ClientDto>>
{
    public async ValueTask<IReadOnlyList<ClientDto>> Handle(ListClientsQuery query, CancellationToken cancellationToken) =>
        (await clients.ListAsync(cancellationToken)).Adapt<List<ClientDto>>(IdentityMapping.Config);
}
