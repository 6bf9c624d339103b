using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Contracts.Queries;
using Enrollment.Modules.Registration.Application.Abstractions;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.DeleteApplication;

/// <summary>Soft delete (Draft, UnderReview, Returned): kept for audit; the child's ID is free again.</summary>
public sealed record DeleteApplicationCommand(Guid ParentAccountId, Guid ApplicationId, int? ExpectedVersion = null) : ICommand;

internal sealed class DeleteApplicationCommandHandler(
    IApplicationRepository applications,
    ISeasonRepository seasons,
    TimeProvider clock) : ICommandHandler<DeleteApplicationCommand>
{
    public async ValueTask<Unit> Handle(DeleteApplicationCommand command, CancellationToken cancellationToken)
    {
        var (application, season) = await applications.LoadOwnForUpdateAsync(
            seasons, command.ApplicationId, command.ParentAccountId, command.ExpectedVersion, cancellationToken);
        application.Delete(season, clock.GetUtcNow());
        return Unit.Value;
    }
}
