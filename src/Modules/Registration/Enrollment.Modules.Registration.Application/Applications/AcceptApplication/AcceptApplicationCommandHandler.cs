using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Applications;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.AcceptApplication;

internal sealed class AcceptApplicationCommandHandler(IApplicationRepository applications, TimeProvider clock) : ICommandHandler<AcceptApplicationCommand>
{
    public async ValueTask<Unit> Handle(AcceptApplicationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var application = await applications.GetForDecisionAsync(new ApplicationId(command.ApplicationId), command.ExpectedVersion, cancellationToken)
            ?? throw new NotFoundException("application", command.ApplicationId);
        application.Accept(clock.GetUtcNow());
        return Unit.Value;
    }
}
