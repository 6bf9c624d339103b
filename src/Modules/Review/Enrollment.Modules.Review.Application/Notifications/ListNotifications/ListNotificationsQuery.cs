using Enrollment.Modules.Review.Domain.Notifications;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Review.Application.Notifications.ListNotifications;

/// <summary>The log of the messages to parents, newest first (DistrictAdmin and Auditor).</summary>
/// <param name="Kind"><c>Returned</c>, <c>Accepted</c> or <c>DraftReminder</c>.</param>
/// <param name="Status"><c>Pending</c>, <c>Sending</c>, <c>Sent</c>, <c>Skipped</c> or <c>Failed</c>.</param>
/// <param name="Channel"><c>WeChat</c>, <c>Sms</c> or <c>None</c>.</param>
public sealed record ListNotificationsQuery(
    Guid? ApplicationId = null,
    string? Kind = null,
    string? Status = null,
    string? Channel = null,
    int Page = 1,
    int PageSize = ListNotificationsQuery.DefaultPageSize) : IQuery<NotificationLogPage>
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public static readonly IReadOnlyList<string> Channels = ["WeChat", "Sms", "None"];
}

public sealed record NotificationLogPage(IReadOnlyList<NotificationLogLine> Items, int Total, int Page, int PageSize);

/// <param name="Kind"><c>Returned</c> (有误), <c>Accepted</c> (已提交) or <c>DraftReminder</c> (未提交提醒).</param>
/// <param name="SourceId">The decision's id (Returned, Accepted) or the application's (DraftReminder): one message per source.</param>
/// <param name="ParentAccountId">The parent told; null until a send looked the application up.</param>
/// <param name="Channel"><c>WeChat</c>, <c>Sms</c> (WeChat refused), <c>None</c> (refused and no phone bound); null until sent.</param>
/// <param name="Recipient">The openid or phone, masked.</param>
/// <param name="Attempts">Sends tried.</param>
/// <param name="LastError">Why WeChat refused, why the last attempt failed, or why it was skipped.</param>
public sealed record NotificationLogLine(
    Guid Id,
    string Kind,
    Guid SourceId,
    Guid ApplicationId,
    Guid? ParentAccountId,
    string Status,
    string? Channel,
    string? Recipient,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt);

internal sealed class ListNotificationsQueryValidator : AbstractValidator<ListNotificationsQuery>
{
    public ListNotificationsQueryValidator()
    {
        RuleFor(q => q.Kind).Must(k => k is null || (Enum.TryParse<NotificationKind>(k, ignoreCase: false, out _) && !int.TryParse(k, out _)))
            .WithMessage("kind 应为 Returned、Accepted 或 DraftReminder");
        RuleFor(q => q.Status).Must(s => s is null || (Enum.TryParse<NotificationStatus>(s, ignoreCase: false, out _) && !int.TryParse(s, out _)))
            .WithMessage("status 应为 Pending、Sending、Sent、Skipped 或 Failed");
        RuleFor(q => q.Channel).Must(c => c is null || ListNotificationsQuery.Channels.Contains(c))
            .WithMessage("channel 应为 WeChat、Sms 或 None");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("page 从1开始");
        RuleFor(q => q.PageSize).InclusiveBetween(1, ListNotificationsQuery.MaxPageSize).WithMessage($"pageSize 应在1至{ListNotificationsQuery.MaxPageSize}之间");
    }
}

internal sealed class ListNotificationsQueryHandler(IParentNotificationRepository notifications) : IQueryHandler<ListNotificationsQuery, NotificationLogPage>
{
    public async ValueTask<NotificationLogPage> Handle(ListNotificationsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new NotificationFilter(
            query.ApplicationId,
            query.Kind is null ? null : Enum.Parse<NotificationKind>(query.Kind),
            query.Status is null ? null : Enum.Parse<NotificationStatus>(query.Status),
            query.Channel);
        var (items, total) = await notifications.ListAsync(filter, query.Page, query.PageSize, cancellationToken);
        return new NotificationLogPage(
            [.. items.Select(n => new NotificationLogLine(
                n.Id, n.Kind.ToString(), n.SourceId, n.ApplicationId, n.ParentAccountId, n.Status.ToString(), n.Channel, n.Recipient, n.Attempts, n.LastError, n.CreatedAt, n.SentAt))],
            total,
            query.Page,
            query.PageSize);
    }
}
