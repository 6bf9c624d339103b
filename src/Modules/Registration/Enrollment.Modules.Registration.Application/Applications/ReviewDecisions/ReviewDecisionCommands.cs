using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.ReviewDecisions;

// The reviewer's decisions. No HTTP endpoint maps them: until the Review module exists they are sent
// only from tests (through the host's service provider); the Review module will drive them later.

/// <summary>有误: back to the parent with the reviewer's reasons.</summary>
public sealed record ReturnApplicationCommand(Guid ApplicationId, IReadOnlyList<string> Reasons) : ICommand;

/// <summary>已提交: accepted, locked for the parent.</summary>
public sealed record AcceptApplicationCommand(Guid ApplicationId) : ICommand;

internal sealed class ReturnApplicationCommandHandler(IApplicationRepository applications, TimeProvider clock) : ICommandHandler<ReturnApplicationCommand>
{
    public async ValueTask<Unit> Handle(ReturnApplicationCommand command, CancellationToken cancellationToken)
    {
        var application = await applications.GetAsync(new ApplicationId(command.ApplicationId), cancellationToken)
            ?? throw new NotFoundException("application", command.ApplicationId);
        application.Return(command.Reasons, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal sealed class AcceptApplicationCommandHandler(IApplicationRepository applications, TimeProvider clock) : ICommandHandler<AcceptApplicationCommand>
{
    public async ValueTask<Unit> Handle(AcceptApplicationCommand command, CancellationToken cancellationToken)
    {
        var application = await applications.GetAsync(new ApplicationId(command.ApplicationId), cancellationToken)
            ?? throw new NotFoundException("application", command.ApplicationId);
        application.Accept(clock.GetUtcNow());
        return Unit.Value;
    }
}
