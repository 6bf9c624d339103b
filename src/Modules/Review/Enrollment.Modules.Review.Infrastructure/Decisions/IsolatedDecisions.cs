using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Application.Decisions.AcceptApplication;
using Enrollment.Modules.Review.Application.Reviewers;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Enrollment.Modules.Review.Infrastructure.Decisions;

/// <summary>Each decision of a bulk request in its own service scope: its own database contexts, its own commit.</summary>
internal sealed class IsolatedDecisions(IServiceScopeFactory scopes) : IIsolatedDecisions
{
    public async Task<DecisionOutcome> AcceptAsync(Reviewer reviewer, Guid applicationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new AcceptReviewedApplicationCommand(reviewer, applicationId), cancellationToken);
            return DecisionOutcome.Done;
        }
        catch (NotFoundException)
        {
            return new DecisionOutcome("not-found", "信息不存在或不在您的审核范围内");
        }
        catch (BusinessRuleValidationException exception)
        {
            return new DecisionOutcome(exception.Code, exception.Error.Message);
        }
        catch (ConcurrencyConflictException)
        {
            return new DecisionOutcome("concurrency.conflict", "信息已被他人处理或修改，请刷新后重试");
        }
    }
}
