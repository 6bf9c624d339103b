using System.Security.Cryptography;
using Enrollment.Modules.Identity.Domain.Clients;

namespace Enrollment.Modules.Identity.Application.Clients;

public sealed record ClientDto(Guid Id, string ClientId, string Name, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>The only time the secret is shown.</summary>
public sealed record CreatedClientDto(Guid Id, string ClientId, string ClientSecret, string Name, IReadOnlyList<string> Scopes);
