using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Applications;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.ReturnApplication;

internal sealed class ReturnApplicationCommandHandler(IApplicationRepository applications, TimeProvider clock) : ICommandHandler<ReturnApplicationCommand>
{
    public async ValueTask<Unit> Handle(ReturnApplicationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var application = await applications.GetForDecisionAsync(new ApplicationId(command.ApplicationId), command.ExpectedVersion, cancellationToken)
            ?? throw new NotFoundException("application", command.ApplicationId);
        application.Return(command.Reasons, clock.GetUtcNow());
        return Unit.Value;
    }
}
