using Enrollment.BuildingBlocks.Application.Events;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Contracts.IntegrationEvents;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Evidence.Domain.SocialInsurance;
using Enrollment.Modules.Evidence.Domain.SocialInsurance.Rules;
using Enrollment.Modules.Registration.Contracts.Applications;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.SocialInsurance.CheckPeriod;

/// <summary>
/// The period check of these applications' employment (务工) and business (经商) pages, run by a background job:
/// the parent named on each saved page must have employee insurance every month of the season's period.
/// One outcome per page, replaced in place (a repeated or retried check never adds a second); a page skipped
/// since, a season without a period or a parent no longer on page 3 drops the outcome. A new or changed outcome
/// is published as <see cref="SocialInsuranceCheckedIntegrationEvent"/> through the outbox, in the same commit.
/// </summary>
/// <returns>How many outcomes were written new or changed.</returns>
public sealed record CheckSocialInsurancePeriodCommand(IReadOnlyList<Guid> ApplicationIds) : ICommand<int>
{
    /// <summary>The most applications one command checks (one Registration query, one records query).</summary>
    public const int MaxApplications = 200;

    public static readonly IReadOnlyList<EvidenceKind> CheckedKinds = [EvidenceKind.Employment, EvidenceKind.Business];
}

internal sealed class CheckSocialInsurancePeriodCommandHandler(
    IEligibilityEvidenceRepository evidences,
    ISocialInsuranceOutcomeRepository outcomes,
    ISocialInsuranceRecords records,
    ISender sender,
    IOutbox outbox,
    TimeProvider clock) : ICommandHandler<CheckSocialInsurancePeriodCommand, int>
{
    public async ValueTask<int> Handle(CheckSocialInsurancePeriodCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.ApplicationIds.Count > CheckSocialInsurancePeriodCommand.MaxApplications)
        {
            throw new ArgumentException($"At most {CheckSocialInsurancePeriodCommand.MaxApplications} applications per check.", nameof(command));
        }

        var ids = command.ApplicationIds.Distinct().ToList();
        var evidenceOf = (await evidences.ListAsync(ids, cancellationToken)).ToDictionary(e => e.Id);
        var applicationOf = (await sender.Send(new GetApplicationsForSocialInsuranceCheckQuery(ids), cancellationToken)).ToDictionary(a => a.ApplicationId);
        var stored = (await outcomes.ListAsync(ids, cancellationToken)).ToDictionary(o => (o.ApplicationId, o.Kind));

        var subjects = new List<Subject>();
        foreach (var id in ids)
        {
            foreach (var kind in CheckSocialInsurancePeriodCommand.CheckedKinds)
            {
                var subject = SubjectOf(id, kind, evidenceOf.GetValueOrDefault(id), applicationOf.GetValueOrDefault(id));
                if (subject is not null)
                {
                    subjects.Add(subject);
                }
                else if (stored.GetValueOrDefault((id, kind)) is { } stale)
                {
                    outcomes.Remove(stale);
                }
            }
        }

        if (subjects.Count == 0)
        {
            return 0;
        }

        var found = await records.FindAsync(
            [.. subjects.Select(s => s.ResidentId).Distinct(StringComparer.Ordinal)],
            subjects.Min(s => s.Period.From),
            subjects.Max(s => s.Period.To),
            cancellationToken);
        var now = clock.GetUtcNow();
        var written = 0;
        foreach (var subject in subjects)
        {
            var check = new EmployeeInsuranceMustCoverPeriodRule(subject.Period, found.GetValueOrDefault(subject.ResidentId) ?? []);
            bool changed;
            if (stored.GetValueOrDefault((subject.ApplicationId, subject.Kind)) is { } outcome)
            {
                changed = outcome.Update(subject.Parent, subject.ResidentId, subject.Period, check, now);
            }
            else
            {
                outcomes.Add(SocialInsuranceOutcome.Record(subject.ApplicationId, subject.Kind, subject.Parent, subject.ResidentId, subject.Period, check, now));
                changed = true;
            }

            if (changed)
            {
                written++;
                outbox.Add(new SocialInsuranceCheckedIntegrationEvent(
                    Guid.CreateVersion7(),
                    now,
                    subject.ApplicationId,
                    subject.Kind.Slug(),
                    check.Result.ToString(),
                    [.. check.MissingMonths.Select(InsuranceMonth.Format)]));
            }
        }

        return written;
    }

    private static Subject? SubjectOf(Guid applicationId, EvidenceKind kind, EligibilityEvidence? evidence, ApplicationForSocialInsuranceCheck? application)
    {
        if (evidence?.PageOf(kind)?.Details is not { NamedParent: { } parent }
            || application is not { SocialInsuranceFrom: { } from, SocialInsuranceTo: { } to }
            || to < from)
        {
            return null;
        }

        var residentId = parent == ParentRole.Father ? application.FatherResidentId : application.MotherResidentId;
        return string.IsNullOrWhiteSpace(residentId)
            ? null
            : new Subject(applicationId, kind, parent, residentId.Trim().ToUpperInvariant(), new InsurancePeriod(from, to));
    }

    private sealed record Subject(Guid ApplicationId, EvidenceKind Kind, ParentRole Parent, string ResidentId, InsurancePeriod Period);
}
