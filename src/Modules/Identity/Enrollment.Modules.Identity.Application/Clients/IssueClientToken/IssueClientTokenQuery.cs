using System.Security.Cryptography;
using Enrollment.Modules.Identity.Domain.Clients;

namespace Enrollment.Modules.Identity.Application.Clients.IssueClientToken;

public sealed record TokenDto(string AccessToken, string TokenType, int ExpiresIn, string Scope);

/// <summary>OAuth2 client credentials grant. The granted scope is the requested one (all of the client's when none is asked).</summary>
public sealed record IssueClientTokenQuery(string? GrantType, string? ClientId, string? ClientSecret, string? Scope) : IQuery<TokenDto>;

internal sealed class IssueClientTokenQueryHandler(IIntegratorClientRepository clients, ISecretHasher hasher, IClientTokenIssuer tokens)
    : IQueryHandler<IssueClientTokenQuery, TokenDto>
{
    public async ValueTask<TokenDto> Handle(IssueClientTokenQuery query, CancellationToken cancellationToken)
    {
        if (query.GrantType != "client_credentials")
        {
            throw new BusinessRuleValidationException(ClientCredentialsErrors.UnsupportedGrant);
        }

        var client = string.IsNullOrEmpty(query.ClientId) ? null : await clients.FindByClientIdAsync(query.ClientId, cancellationToken);
        if (client is null || client.IsRevoked || hasher.Verify(client.SecretHash, query.ClientSecret ?? string.Empty) is null)
        {
            throw new BusinessRuleValidationException(ClientCredentialsErrors.InvalidClient);
        }

        var requested = string.IsNullOrWhiteSpace(query.Scope)
            ? client.Scopes
            : query.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray();
        if (requested.Any(s => !client.Scopes.Contains(s)))
        {
            throw new BusinessRuleValidationException(ClientCredentialsErrors.InvalidScope);
        }

        var token = tokens.Issue(client.ClientId, requested);
        return new TokenDto(token.AccessToken, "Bearer", token.ExpiresInSeconds, string.Join(' ', requested));
    }
}
