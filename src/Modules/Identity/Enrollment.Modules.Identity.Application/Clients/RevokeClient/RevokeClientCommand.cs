using System.Security.Cryptography;
using Enrollment.Modules.Identity.Domain.Clients;
using Mapster;

namespace Enrollment.Modules.Identity.Application.Clients.RevokeClient;

public sealed record RevokeClientCommand(Guid Id) : ICommand<ClientDto>;

internal sealed class RevokeClientCommandHandler(IIntegratorClientRepository clients, IClientTokenIssuer tokens, TimeProvider clock)
    : ICommandHandler<RevokeClientCommand, ClientDto>
{
    public async ValueTask<ClientDto> Handle(RevokeClientCommand command, CancellationToken cancellationToken)
    {
        var client = await clients.GetAsync(command.Id, cancellationToken) ?? throw new NotFoundException("client", command.Id);
        client.Revoke(clock.GetUtcNow());
        tokens.Forget(client.ClientId);
        return client.Adapt<ClientDto>(IdentityMapping.Config);
    }
}
