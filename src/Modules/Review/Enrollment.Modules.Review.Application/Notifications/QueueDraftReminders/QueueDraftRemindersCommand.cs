using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Review.Application.Notifications.QueueNotifications;
using Enrollment.Modules.Review.Domain.Notifications;
using Mediator;

namespace Enrollment.Modules.Review.Application.Notifications.QueueDraftReminders;

/// <summary>
/// The recurring reminder: every draft of a season whose reminder is due (Registration decides) gets one reminder,
/// keyed by the application, so runs after the first add nothing for it.
/// </summary>
public sealed record QueueDraftRemindersCommand : ICommand<int>;

internal sealed class QueueDraftRemindersCommandHandler(ISender sender, NotificationQueue queue) : ICommandHandler<QueueDraftRemindersCommand, int>
{
    /// <returns>How many reminders this run created.</returns>
    public async ValueTask<int> Handle(QueueDraftRemindersCommand command, CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var draft in await sender.Send(new ListDraftsDueForReminderQuery(), cancellationToken))
        {
            if (await queue.EnsureAsync(NotificationKind.DraftReminder, draft.ApplicationId, draft.ApplicationId, cancellationToken))
            {
                created++;
            }
        }

        return created;
    }
}
