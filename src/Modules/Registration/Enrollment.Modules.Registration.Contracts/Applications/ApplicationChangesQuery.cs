using Mediator;

namespace Enrollment.Modules.Registration.Contracts.Applications;

/// <summary>
/// The integrators' changes feed (ADR-0031): submitted applications in the order of their last change's
/// position in Registration's change sequence, after <paramref name="AfterPosition"/>. Every change an
/// integrator can see (submission, resubmission, return, acceptance, deletion, an edit of a submitted one)
/// moves the application to a new, higher position, so each appears once, at its latest state. Only positions up
/// to the committed head of the sequence are served: no transaction still running can later fill a position
/// below one already answered. Deleted applications that had been submitted come as tombstones (no data).
/// Values come unmasked: the caller decides what its own caller may see.
/// </summary>
/// <param name="AfterPosition">0 for the start.</param>
/// <param name="Status">`UnderReview`, `Returned` or `Accepted`: only applications whose latest status is it (tombstones always come); null: all three.</param>
/// <param name="SeasonId">Only this season's applications (tombstones too).</param>
/// <param name="ChangedSince">Only applications whose last change was at or after this instant (a first sync's start).</param>
/// <param name="Limit">1 to <see cref="MaxLimit"/>.</param>
public sealed record GetApplicationChangesQuery(long AfterPosition, string? Status, Guid? SeasonId, DateTimeOffset? ChangedSince, int Limit) : IQuery<ApplicationChangesPage>
{
    public const int MaxLimit = 500;
}

/// <param name="Items">In ascending position; fewer than the limit when the feed has caught up.</param>
/// <param name="Head">The committed head of the sequence when the page was read: every position up to it has been considered.</param>
public sealed record ApplicationChangesPage(IReadOnlyList<ApplicationChange> Items, long Head);

/// <summary>One application at its latest change: the whole application, or a tombstone (<see cref="Deleted"/>, no <see cref="Application"/>).</summary>
public sealed record ApplicationChange(long Position, Guid Id, Guid SeasonId, bool Deleted, DateTimeOffset ChangedAt, SubmittedApplication? Application);
