using Enrollment.Modules.Review.Application.Notifications;
using Enrollment.Modules.Review.Application.Notifications.QueueDraftReminders;
using Enrollment.Modules.Review.Application.Notifications.SendNotification;
using Enrollment.Modules.Review.Domain.Notifications;
using Hangfire;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Enrollment.Modules.Review.Infrastructure.Notifications;

/// <summary>
/// Told after each attempt of a send job has ended. None in production; the extension point through which the tests
/// make a job fail after its message went out, to see the retry send nothing more.
/// </summary>
internal interface IParentNotificationListener
{
    Task AttemptedAsync(Guid notificationId, SendOutcome outcome, CancellationToken cancellationToken);
}

/// <summary>
/// The Hangfire jobs of the notifications to parents (ADR-0025). A send is retried with back-off (5 s, 30 s, 2 min,
/// 10 min, 30 min: six attempts in all, <see cref="ParentNotification.MaxAttempts"/>); the notification's claim makes a
/// retry, a second job of the same notification or a job on another instance send nothing once it is sent.
/// </summary>
internal sealed class ParentNotificationJob(IServiceScopeFactory scopes, IEnumerable<IParentNotificationListener> listeners)
{
    public const string DraftRemindersJobId = "review-draft-reminders";

    [AutomaticRetry(Attempts = ParentNotification.MaxAttempts - 1, DelaysInSeconds = [5, 30, 120, 600, 1800])]
    public async Task SendAsync(Guid notificationId, CancellationToken cancellationToken)
    {
        SendOutcome outcome;
        await using (var scope = scopes.CreateAsyncScope())
        {
            outcome = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SendParentNotificationCommand(notificationId), cancellationToken);
        }

        foreach (var listener in listeners)
        {
            await listener.AttemptedAsync(notificationId, outcome, cancellationToken);
        }
    }

    /// <summary>Recurring: one reminder per draft of a season whose reminder is due.</summary>
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [60, 600])]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task QueueDraftRemindersAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(new QueueDraftRemindersCommand(), cancellationToken);
    }
}

/// <summary>The Application layer's scheduling port on Hangfire.</summary>
internal sealed class HangfireNotificationJobs(IBackgroundJobClient jobs) : INotificationJobs
{
    public void Send(Guid notificationId) =>
        jobs.Enqueue<ParentNotificationJob>(job => job.SendAsync(notificationId, CancellationToken.None));
}

/// <summary>Bound from <c>Review:Notifications</c>.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Review:Notifications";

    /// <summary>When the reminder job looks for drafts (cron, China time); default every hour at minute 5.</summary>
    public string DraftReminderCron { get; set; } = "5 * * * *";
}
