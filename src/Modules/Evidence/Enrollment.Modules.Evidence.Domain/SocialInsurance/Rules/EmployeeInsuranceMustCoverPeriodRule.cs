using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.SocialInsurance.Rules;

/// <summary>
/// 务工/经商: the parent named on the page has employee insurance (职工) for every month of the season's
/// period (both ends included). Months outside the period never count, a month paid twice counts once,
/// and a resident-insurance month (居民) never stands in for an employee one. Broken, it tells which of
/// <see cref="InsuranceCheckResult"/> applies: no month of the period on record at all → NoRecords; only
/// resident insurance in the period → ResidentInsuranceOnly; otherwise the months without employee
/// insurance → MissingMonths.
/// </summary>
public sealed class EmployeeInsuranceMustCoverPeriodRule : IBusinessRule
{
    public EmployeeInsuranceMustCoverPeriodRule(InsurancePeriod period, IEnumerable<InsuredMonth> records)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(records);
        var inPeriod = records.Where(r => period.Contains(r.Month)).Select(r => r with { Month = InsuranceMonth.Of(r.Month) }).ToList();
        EmployeeMonths = [.. inPeriod.Where(r => r.Type == InsuranceType.Employee).Select(r => r.Month).Distinct().Order()];
        ResidentMonths = [.. inPeriod.Where(r => r.Type == InsuranceType.Resident).Select(r => r.Month).Distinct().Order()];
        MissingMonths = [.. period.Months().Except(EmployeeMonths)];
        Result = inPeriod.Count == 0 ? InsuranceCheckResult.NoRecords
            : EmployeeMonths.Count == 0 ? InsuranceCheckResult.ResidentInsuranceOnly
            : MissingMonths.Count > 0 ? InsuranceCheckResult.MissingMonths
            : InsuranceCheckResult.Passed;
    }

    public InsuranceCheckResult Result { get; }

    /// <summary>Months of the period without employee insurance, in order.</summary>
    public IReadOnlyList<DateOnly> MissingMonths { get; }

    /// <summary>Months of the period with employee insurance, in order, each once.</summary>
    public IReadOnlyList<DateOnly> EmployeeMonths { get; }

    /// <summary>Months of the period with resident insurance, in order, each once.</summary>
    public IReadOnlyList<DateOnly> ResidentMonths { get; }

    public bool IsBroken() => Result != InsuranceCheckResult.Passed;

    public string Code => "social-insurance.period-not-covered";

    public string Message => Result switch
    {
        InsuranceCheckResult.NoRecords => "社保数据中没有该家长在参保期间的缴费记录",
        InsuranceCheckResult.ResidentInsuranceOnly => "该家长在参保期间只有居民社保，没有职工社保",
        InsuranceCheckResult.MissingMonths => "该家长以下月份没有职工社保：" + string.Join("、", MissingMonths.Select(InsuranceMonth.Format)),
        _ => string.Empty,
    };
}
