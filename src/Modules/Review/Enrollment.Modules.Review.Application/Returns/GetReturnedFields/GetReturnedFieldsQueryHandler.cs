using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Contracts.Returns;
using Mediator;

namespace Enrollment.Modules.Review.Application.Returns.GetReturnedFields;

/// <summary>The Registration module asks for the parent's read: the field reasons of the last return.</summary>
internal sealed class GetReturnedFieldsQueryHandler(IReturnDecisionRepository returns) : IQueryHandler<GetReturnedFieldsQuery, IReadOnlyList<ReturnedField>>
{
    public async ValueTask<IReadOnlyList<ReturnedField>> Handle(GetReturnedFieldsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var decision = await returns.GetLatestAsync(query.ApplicationId, cancellationToken);
        return decision is null
            ? []
            : [.. decision.Reasons.Select(r => new ReturnedField(r.Page, r.Field, r.PageLabel, r.FieldLabel, r.Reason, r.Note, r.Text))];
    }
}
