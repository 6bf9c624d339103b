using System.Security.Cryptography;
using Enrollment.Modules.Identity.Domain.Clients;

namespace Enrollment.Modules.Identity.Application.Clients;

public sealed record ClientDto(Guid Id, string ClientId, string Name, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>The only time the secret is shown.</summary>
public sealed record CreatedClientDto(Guid Id, string ClientId, string ClientSecret, string Name, IReadOnlyList<string> Scopes);

public sealed record TokenDto(string AccessToken, string TokenType, int ExpiresIn, string Scope);

public sealed record CreateClientCommand(string? Name, IReadOnlyList<string>? Scopes) : ICommand<CreatedClientDto>;

internal sealed class CreateClientCommandValidator : AbstractValidator<CreateClientCommand>
{
    public CreateClientCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("请填写客户端名称").MaximumLength(100).WithMessage("名称不能超过100个字");
        RuleFor(c => c.Scopes).NotEmpty().WithMessage("请选择权限范围");
        RuleForEach(c => c.Scopes).Must(s => IntegratorClient.KnownScopes.Contains(s)).WithMessage("未知的权限范围");
    }
}

internal sealed class CreateClientCommandHandler(IIntegratorClientRepository clients, ISecretHasher hasher, TimeProvider clock)
    : ICommandHandler<CreateClientCommand, CreatedClientDto>
{
    public ValueTask<CreatedClientDto> Handle(CreateClientCommand command, CancellationToken cancellationToken)
    {
        var clientId = "cli_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var client = IntegratorClient.Create(clientId, command.Name!, hasher.Hash(secret), command.Scopes!, clock.GetUtcNow());
        clients.Add(client);
        return ValueTask.FromResult(new CreatedClientDto(client.Id, client.ClientId, secret, client.Name, client.Scopes));
    }
}

public sealed record RevokeClientCommand(Guid Id) : ICommand<ClientDto>;

internal sealed class RevokeClientCommandHandler(IIntegratorClientRepository clients, IClientTokenIssuer tokens, TimeProvider clock)
    : ICommandHandler<RevokeClientCommand, ClientDto>
{
    public async ValueTask<ClientDto> Handle(RevokeClientCommand command, CancellationToken cancellationToken)
    {
        var client = await clients.GetAsync(command.Id, cancellationToken) ?? throw new NotFoundException("client", command.Id);
        client.Revoke(clock.GetUtcNow());
        tokens.Forget(client.ClientId);
        return client.ToDto();
    }
}

public sealed record ListClientsQuery : IQuery<IReadOnlyList<ClientDto>>;

internal sealed class ListClientsQueryHandler(IIntegratorClientRepository clients) : IQueryHandler<ListClientsQuery, IReadOnlyList<ClientDto>>
{
    public async ValueTask<IReadOnlyList<ClientDto>> Handle(ListClientsQuery query, CancellationToken cancellationToken) =>
        (await clients.ListAsync(cancellationToken)).Select(c => c.ToDto()).ToList();
}

/// <summary>OAuth2 client credentials grant. The granted scope is the requested one (all of the client's when none is asked).</summary>
public sealed record IssueClientTokenQuery(string? GrantType, string? ClientId, string? ClientSecret, string? Scope) : IQuery<TokenDto>;

internal sealed class IssueClientTokenQueryHandler(IIntegratorClientRepository clients, ISecretHasher hasher, IClientTokenIssuer tokens)
    : IQueryHandler<IssueClientTokenQuery, TokenDto>
{
    public async ValueTask<TokenDto> Handle(IssueClientTokenQuery query, CancellationToken cancellationToken)
    {
        if (query.GrantType != "client_credentials")
        {
            throw new BusinessRuleValidationException(ClientCredentialsRule.UnsupportedGrant);
        }

        var client = string.IsNullOrEmpty(query.ClientId) ? null : await clients.FindByClientIdAsync(query.ClientId, cancellationToken);
        if (client is null || client.IsRevoked || hasher.Verify(client.SecretHash, query.ClientSecret ?? string.Empty) is null)
        {
            throw new BusinessRuleValidationException(ClientCredentialsRule.InvalidClient);
        }

        var requested = string.IsNullOrWhiteSpace(query.Scope)
            ? client.Scopes
            : query.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray();
        if (requested.Any(s => !client.Scopes.Contains(s)))
        {
            throw new BusinessRuleValidationException(ClientCredentialsRule.InvalidScope);
        }

        var token = tokens.Issue(client.ClientId, requested);
        return new TokenDto(token.AccessToken, "Bearer", token.ExpiresInSeconds, string.Join(' ', requested));
    }
}

internal static class ClientMapping
{
    public static ClientDto ToDto(this IntegratorClient client) =>
        new(client.Id, client.ClientId, client.Name, client.Scopes, client.CreatedAt, client.RevokedAt);
}
