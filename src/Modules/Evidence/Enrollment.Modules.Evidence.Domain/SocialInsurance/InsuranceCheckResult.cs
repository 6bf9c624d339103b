namespace Enrollment.Modules.Evidence.Domain.SocialInsurance;

/// <summary>The outcome of the period check of one employment or business page.</summary>
public enum InsuranceCheckResult
{
    /// <summary>Employee insurance (职工) every month of the period.</summary>
    Passed,

    /// <summary>Some months of the period have no employee insurance (listed).</summary>
    MissingMonths,

    /// <summary>Resident insurance (居民) in the period, never employee insurance.</summary>
    ResidentInsuranceOnly,

    /// <summary>No month of the period on record for the person.</summary>
    NoRecords,
}
