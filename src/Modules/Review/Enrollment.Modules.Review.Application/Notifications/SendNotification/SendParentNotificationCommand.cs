using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Identity.Contracts.Messaging;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Review.Domain.Notifications;
using Mediator;

namespace Enrollment.Modules.Review.Application.Notifications.SendNotification;

/// <summary>
/// One attempt at sending a notification (the Hangfire job's body). Claims it first: only the holder of the claim
/// sends, and a sent one is never sent again. A failure is recorded and thrown for the job's retry with back-off; the
/// last allowed attempt marks it Failed instead.
/// </summary>
public sealed record SendParentNotificationCommand(Guid NotificationId) : ICommand<SendOutcome>;

public enum SendOutcome
{
    /// <summary>This attempt delivered it (or found nobody to deliver to).</summary>
    Sent,

    /// <summary>Nothing to send any more (the application deleted, a reminded draft submitted).</summary>
    Skipped,

    /// <summary>Already done by another attempt; nothing was sent.</summary>
    AlreadyDone,

    /// <summary>Every attempt failed.</summary>
    Failed,
}

/// <summary>Another job holds the notification's claim now: this attempt is retried later and then finds it done (or the claim run out).</summary>
public sealed class NotificationBusyException(Guid notificationId)
    : Exception($"Notification {notificationId} is being sent by another job.");

internal sealed class SendParentNotificationCommandHandler(IParentNotificationRepository notifications, ISender sender, TimeProvider clock)
    : ICommandHandler<SendParentNotificationCommand, SendOutcome>
{
    /// <summary>Longer than one send can take (WeChat's 30 s timeout with retries, then the SMS); a job that dies while holding it is replaced after it.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(3);

    public async ValueTask<SendOutcome> Handle(SendParentNotificationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        var token = Guid.NewGuid();
        if (!await notifications.TryClaimAsync(command.NotificationId, token, now, now + ClaimLease, cancellationToken))
        {
            var current = await notifications.GetAsync(command.NotificationId, cancellationToken);
            return current is null || !current.IsOpen ? SendOutcome.AlreadyDone : throw new NotificationBusyException(command.NotificationId);
        }

        var notification = await notifications.GetAsync(command.NotificationId, cancellationToken)
            ?? throw new NotFoundException("notification", command.NotificationId);
        ApplicationForNotification application;
        try
        {
            application = await sender.Send(new GetApplicationForNotificationQuery(notification.ApplicationId), cancellationToken);
        }
        catch (NotFoundException)
        {
            await notifications.ReleaseAsync(notification.Id, token, new NotificationRelease(NotificationStatus.Skipped, null, null, null, "信息已删除", null), cancellationToken);
            return SendOutcome.Skipped;
        }

        if (notification.Kind == NotificationKind.DraftReminder && application.Status != "Draft")
        {
            await notifications.ReleaseAsync(notification.Id, token, new NotificationRelease(NotificationStatus.Skipped, application.ParentAccountId, null, null, "已提交，无需提醒", null), cancellationToken);
            return SendOutcome.Skipped;
        }

        var text = ParentMessageText.For(notification.Kind, application.StudentName, application.SeasonName, application.SeasonClosesAt, now);
        ParentMessageDelivery delivery;
        try
        {
            delivery = await sender.Send(new SendParentMessageCommand(application.ParentAccountId, TemplateOf(notification.Kind), text.Data, text.Sms, text.Url), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var status = ParentNotification.AfterFailure(notification.Attempts);
            await notifications.ReleaseAsync(
                notification.Id,
                token,
                new NotificationRelease(status, application.ParentAccountId, null, null, ParentNotification.Shorten($"{exception.GetType().Name}: {exception.Message}"), null),
                CancellationToken.None);
            if (status == NotificationStatus.Failed)
            {
                return SendOutcome.Failed;
            }

            throw;
        }

        await notifications.ReleaseAsync(
            notification.Id,
            token,
            new NotificationRelease(NotificationStatus.Sent, application.ParentAccountId, delivery.Channel, delivery.Recipient, ParentNotification.Shorten(delivery.Detail), clock.GetUtcNow()),
            CancellationToken.None);
        return SendOutcome.Sent;
    }

    private static string TemplateOf(NotificationKind kind) => kind switch
    {
        NotificationKind.Returned => ParentMessageTemplates.ApplicationReturned,
        NotificationKind.Accepted => ParentMessageTemplates.ApplicationAccepted,
        NotificationKind.DraftReminder => ParentMessageTemplates.DraftReminder,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
