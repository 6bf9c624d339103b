using System.Security.Cryptography;
using Enrollment.Modules.Identity.Domain.Clients;

namespace Enrollment.Modules.Identity.Application.Clients.CreateClient;

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
