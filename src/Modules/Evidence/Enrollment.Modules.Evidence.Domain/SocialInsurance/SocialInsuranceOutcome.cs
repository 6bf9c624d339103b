using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Evidence.Domain.SocialInsurance.Rules;

namespace Enrollment.Modules.Evidence.Domain.SocialInsurance;

/// <summary>
/// The stored outcome of the period check of one employment or business page: one per (application, page),
/// replaced in place by every later check, with the data it was computed from and when.
/// </summary>
public sealed class SocialInsuranceOutcome
{
    private SocialInsuranceOutcome()
    {
    }

    public Guid ApplicationId { get; private set; }

    public EvidenceKind Kind { get; private set; }

    public ParentRole Parent { get; private set; }

    /// <summary>The resident ID whose records were read.</summary>
    public string ResidentId { get; private set; } = string.Empty;

    public DateOnly PeriodFrom { get; private set; }

    public DateOnly PeriodTo { get; private set; }

    public InsuranceCheckResult Result { get; private set; }

    public IReadOnlyList<DateOnly> MissingMonths { get; private set; } = [];

    public IReadOnlyList<DateOnly> EmployeeMonths { get; private set; } = [];

    public IReadOnlyList<DateOnly> ResidentMonths { get; private set; } = [];

    public DateTimeOffset CheckedAt { get; private set; }

    public static SocialInsuranceOutcome Record(Guid applicationId, EvidenceKind kind, ParentRole parent, string residentId, InsurancePeriod period, EmployeeInsuranceMustCoverPeriodRule check, DateTimeOffset now)
    {
        var outcome = new SocialInsuranceOutcome { ApplicationId = applicationId, Kind = kind };
        outcome.Update(parent, residentId, period, check, now);
        return outcome;
    }

    /// <summary>Replaces the outcome; true when anything but the time differs from what was stored.</summary>
    public bool Update(ParentRole parent, string residentId, InsurancePeriod period, EmployeeInsuranceMustCoverPeriodRule check, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(check);
        var changed = CheckedAt == default
            || Parent != parent
            || ResidentId != residentId
            || PeriodFrom != period.From
            || PeriodTo != period.To
            || Result != check.Result
            || !MissingMonths.SequenceEqual(check.MissingMonths)
            || !EmployeeMonths.SequenceEqual(check.EmployeeMonths)
            || !ResidentMonths.SequenceEqual(check.ResidentMonths);
        Parent = parent;
        ResidentId = residentId;
        PeriodFrom = period.From;
        PeriodTo = period.To;
        Result = check.Result;
        MissingMonths = [.. check.MissingMonths];
        EmployeeMonths = [.. check.EmployeeMonths];
        ResidentMonths = [.. check.ResidentMonths];
        CheckedAt = now;
        return changed;
    }
}
