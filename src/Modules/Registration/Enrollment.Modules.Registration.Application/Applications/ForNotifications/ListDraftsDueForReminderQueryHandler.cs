using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Contracts.Applications;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Applications.ForNotifications;

/// <summary>Answers <see cref="ListDraftsDueForReminderQuery"/>: the seasons decide whether their reminder is due (Season.IsDraftReminderDueAt).</summary>
internal sealed class ListDraftsDueForReminderQueryHandler(IApplicationRepository applications, ISeasonRepository seasons, TimeProvider clock)
    : IQueryHandler<ListDraftsDueForReminderQuery, IReadOnlyList<DraftDueForReminder>>
{
    public async ValueTask<IReadOnlyList<DraftDueForReminder>> Handle(ListDraftsDueForReminderQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = new List<DraftDueForReminder>();
        foreach (var season in (await seasons.ListAsync(cancellationToken)).Where(s => s.IsDraftReminderDueAt(now)))
        {
            foreach (var (applicationId, parentAccountId) in await applications.ListDraftOwnersAsync(season.Id, cancellationToken))
            {
                due.Add(new DraftDueForReminder(applicationId.Value, parentAccountId, season.Id.Value, season.ClosesAt));
            }
        }

        return due;
    }
}
