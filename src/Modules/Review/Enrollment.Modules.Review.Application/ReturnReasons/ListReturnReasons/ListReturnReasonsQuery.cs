using Enrollment.Modules.Review.Application.Abstractions;
using Mediator;

namespace Enrollment.Modules.Review.Application.ReturnReasons.ListReturnReasons;

/// <summary>The list reviewers pick a return reason from, in its order; retired ones only when asked.</summary>
public sealed record ListReturnReasonsQuery(bool IncludeRetired) : IQuery<IReadOnlyList<ReturnReasonDto>>;

public sealed record ReturnReasonDto(Guid Id, string Text, int SortOrder, bool IsActive);

internal sealed class ListReturnReasonsQueryHandler(IReturnReasonRepository reasons) : IQueryHandler<ListReturnReasonsQuery, IReadOnlyList<ReturnReasonDto>>
{
    public async ValueTask<IReadOnlyList<ReturnReasonDto>> Handle(ListReturnReasonsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var all = await reasons.ListAsync(cancellationToken);
        return [.. all.Where(r => query.IncludeRetired || r.IsActive).Select(r => new ReturnReasonDto(r.Id, r.Text, r.SortOrder, r.IsActive))];
    }
}
