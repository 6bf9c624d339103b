using Enrollment.BuildingBlocks.Application.Persistence;
using Mediator;

namespace Enrollment.BuildingBlocks.Application.Behaviors;

/// <summary>
/// Commits after a command's handler returns; queries never write. Handlers therefore never call
/// SaveChanges themselves, and a failed rule leaves nothing half-saved.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        await unitOfWork.CommitAsync(cancellationToken);
        return response;
    }
}
