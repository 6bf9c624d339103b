using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Domain.Audit;
using Mediator;

namespace Enrollment.Modules.Review.Application.Audit.RecordConfigurationChange;

/// <summary>
/// One line of the audit trail for a configuration change another module carried out for a staff member (a
/// season, a school import, an article, a staff account, an integrator client …): who, from where, what and on
/// which resource — never the request's body, which may hold a password or a client secret.
/// </summary>
public sealed record RecordConfigurationChangeCommand(AuditActor Actor, string Detail) : ICommand;

internal sealed class RecordConfigurationChangeCommandHandler(IAuditTrail audit, TimeProvider clock) : ICommandHandler<RecordConfigurationChangeCommand>
{
    public ValueTask<Unit> Handle(RecordConfigurationChangeCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        audit.Add(AuditEntry.Record(command.Actor, AuditAction.Configure, null, command.Detail, clock.GetUtcNow()));
        return ValueTask.FromResult(Unit.Value);
    }
}
