using Mediator;

namespace Enrollment.Modules.Registration.Contracts.Applications;

// What the Review module's parent notifications need of an application: whose it is and what to call it.

/// <summary>
/// The owner and the words of a message about one application. Not found (a NotFoundException) when it does not
/// exist or is deleted: nobody is told about it any more.
/// </summary>
public sealed record GetApplicationForNotificationQuery(Guid ApplicationId) : IQuery<ApplicationForNotification>;

/// <param name="Status">`Draft`, `UnderReview`, `Returned` or `Accepted`.</param>
/// <param name="StudentName">The student's name; null while page 2 is not saved.</param>
public sealed record ApplicationForNotification(
    Guid ApplicationId,
    Guid ParentAccountId,
    string Status,
    string? StudentName,
    string SeasonName,
    DateTimeOffset SeasonClosesAt);

/// <summary>
/// Applications still drafts (never submitted, not deleted) of every open season whose reminder is due now: the
/// season sets <c>draftReminderDaysBeforeClose</c> and closes within that many days.
/// </summary>
public sealed record ListDraftsDueForReminderQuery : IQuery<IReadOnlyList<DraftDueForReminder>>;

public sealed record DraftDueForReminder(Guid ApplicationId, Guid ParentAccountId, Guid SeasonId, DateTimeOffset SeasonClosesAt);
