using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Domain.Audit;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Review.Application.Audit.GetAuditTrail;

/// <summary>The audit trail, newest first, filtered by application, staff member, action and time (DistrictAdmin and Auditor).</summary>
/// <param name="Action"><c>View</c>, <c>Reveal</c>, <c>Return</c>, <c>Accept</c>, <c>Export</c> or <c>Configure</c>.</param>
public sealed record GetAuditTrailQuery(
    Guid? ApplicationId = null,
    Guid? StaffId = null,
    string? Action = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Page = 1,
    int PageSize = GetAuditTrailQuery.DefaultPageSize) : IQuery<AuditTrailPage>
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
}

public sealed record AuditTrailPage(IReadOnlyList<AuditLine> Items, int Total, int Page, int PageSize);

/// <param name="Detail">A reveal's reason, a return's reasons, an export's filter and row count, a configuration change.</param>
public sealed record AuditLine(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid? StaffId,
    string StaffName,
    string Role,
    string? ClientAddress,
    string Action,
    Guid? ApplicationId,
    string? Detail);

internal sealed class GetAuditTrailQueryValidator : AbstractValidator<GetAuditTrailQuery>
{
    public GetAuditTrailQueryValidator()
    {
        RuleFor(q => q.Action).Must(a => a is null || Enum.TryParse<AuditAction>(a, ignoreCase: false, out _) && !int.TryParse(a, out _))
            .WithMessage("action 应为 View、Reveal、Return、Accept、Export 或 Configure");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("page 从1开始");
        RuleFor(q => q.PageSize).InclusiveBetween(1, GetAuditTrailQuery.MaxPageSize).WithMessage($"pageSize 应在1至{GetAuditTrailQuery.MaxPageSize}之间");
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("to 不能早于 from");
    }
}

internal sealed class GetAuditTrailQueryHandler(IAuditTrail audit) : IQueryHandler<GetAuditTrailQuery, AuditTrailPage>
{
    public async ValueTask<AuditTrailPage> Handle(GetAuditTrailQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        AuditAction? action = query.Action is null ? null : Enum.Parse<AuditAction>(query.Action);
        var (items, total) = await audit.ListAsync(
            new AuditFilter(query.ApplicationId, query.StaffId, action, query.From, query.To), query.Page, query.PageSize, cancellationToken);
        return new AuditTrailPage(
            [.. items.Select(e => new AuditLine(e.Id, e.OccurredAt, e.StaffId, e.StaffName, e.Role, e.ClientAddress, e.Action.ToString(), e.ApplicationId, e.Detail))],
            total,
            query.Page,
            query.PageSize);
    }
}
