using Enrollment.Modules.Registration.Application.Applications.ForIntegration;
using Enrollment.Modules.Registration.Application.Applications.SubmittedApplications;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Seasons;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence;

/// <summary>
/// The changes feed (ADR-0031, ADR-0045) in two statements: first the horizon (the committed head of the change
/// counter; on PostgreSQL the position just below the oldest running transaction that could write this database), then the page of applications after
/// the cursor and not beyond it, in position order (unique index). Every position up to the horizon belongs to a
/// transaction that has ended, so the page cannot be missing one that a later page would have to go back for.
/// </summary>
internal sealed class ApplicationChangesReader(RegistrationDbContext context) : IApplicationChangesReader
{
    public async Task<ApplicationChangesPage> ReadAsync(GetApplicationChangesQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var head = context.Database.IsNpgsql()
            ? await ChangeSequence.PostgreSqlHorizonAsync(context, cancellationToken)
            : await context.Set<ChangeCounter>().AsNoTracking()
                .Where(c => c.Name == ChangeCounter.Applications)
                .Select(c => c.Value)
                .SingleAsync(cancellationToken);

        // Entered review at least once (a deleted draft was never seen by an integrator). An application anonymized
        // after its season's retention period (ADR-0041) is a tombstone like a deleted one: integrators drop theirs too.
        var after = query.AfterPosition;
        var applications = context.Applications.AsNoTracking()
            .Where(a => a.SubmittedAt != null && (a.Student != null || a.AnonymizedAt != null))
            .Where(a => EF.Property<long>(a, ChangeSequence.Column) > after && EF.Property<long>(a, ChangeSequence.Column) <= head);
        if (query.Status is not null)
        {
            if (!Enum.TryParse<ApplicationStatus>(query.Status, ignoreCase: false, out var status) || status == ApplicationStatus.Draft || int.TryParse(query.Status, out _))
            {
                return new ApplicationChangesPage([], head);
            }

            applications = applications.Where(a => a.IsDeleted || a.Status == status);
        }

        if (query.SeasonId is { } seasonId)
        {
            var season = new SeasonId(seasonId);
            applications = applications.Where(a => a.SeasonId == season);
        }

        if (query.ChangedSince is { } since)
        {
            applications = applications.Where(a => a.UpdatedAt >= since);
        }

        var rows = await applications
            .OrderBy(a => EF.Property<long>(a, ChangeSequence.Column))
            .Take(query.Limit)
            .Select(a => new { Application = a, Position = EF.Property<long>(a, ChangeSequence.Column) })
            .ToListAsync(cancellationToken);
        var schools = await new SubmittedApplicationReader(context).Schools(rows.Where(r => !r.Application.IsDeleted && !r.Application.IsAnonymized).Select(r => r.Application.Student!.GraduationSchoolId))
            .ToDictionaryAsync(s => s.Id.Value, cancellationToken);
        var items = rows.Select(r => r.Application.IsDeleted || r.Application.IsAnonymized
                ? new ApplicationChange(r.Position, r.Application.Id.Value, r.Application.SeasonId.Value, Deleted: true, r.Application.DeletedAt ?? r.Application.AnonymizedAt ?? r.Application.UpdatedAt, Application: null)
                : new ApplicationChange(
                    r.Position,
                    r.Application.Id.Value,
                    r.Application.SeasonId.Value,
                    Deleted: false,
                    r.Application.UpdatedAt,
                    r.Application.ToSubmitted(r.Application.Student!.GraduationSchoolId is { } id ? schools.GetValueOrDefault(id) : null)))
            .ToList();
        return new ApplicationChangesPage(items, head);
    }
}
