using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Identity.Domain.Clients;

/// <summary>Another system reading the API with OAuth2 client credentials. The secret is kept only as a hash.</summary>
public sealed class IntegratorClient : AggregateRoot<Guid>
{
    public const string ApplicationsRead = "applications:read";
    public const string ApplicationsReadPii = "applications:read:pii";
    public static readonly IReadOnlyList<string> KnownScopes = [ApplicationsRead, ApplicationsReadPii];

    private IntegratorClient()
    {
    }

    public string ClientId { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string SecretHash { get; private set; } = string.Empty;

    public IReadOnlyList<string> Scopes { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public static IntegratorClient Create(string clientId, string name, string secretHash, IReadOnlyList<string> scopes, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), ClientId = clientId, Name = name.Trim(), SecretHash = secretHash, Scopes = scopes.Distinct().ToArray(), CreatedAt = now };

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}

/// <summary>The OAuth 2.0 error codes of the token endpoint (RFC 6749 §5.2).</summary>
public static class ClientCredentialsErrors
{
    public static DomainError InvalidClient => new("invalid_client", "客户端认证失败");

    public static DomainError InvalidScope => new("invalid_scope", "请求的权限范围无效");

    public static DomainError UnsupportedGrant => new("unsupported_grant_type", "仅支持 client_credentials");
}
