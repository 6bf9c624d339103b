using System.Security.Cryptography;
using Enrollment.Modules.Identity.Domain.Clients;

namespace Enrollment.Modules.Identity.Application.Clients;

internal static class ClientMapping
{
    public static ClientDto ToDto(this IntegratorClient client) =>
        new(client.Id, client.ClientId, client.Name, client.Scopes, client.CreatedAt, client.RevokedAt);
}
