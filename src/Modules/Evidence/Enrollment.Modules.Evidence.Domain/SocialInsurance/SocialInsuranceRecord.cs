namespace Enrollment.Modules.Evidence.Domain.SocialInsurance;

/// <summary>
/// One paid month of one person's insurance as the bureau's payment export holds it; unique by resident ID,
/// month and type (a second import of the same month changes nothing).
/// </summary>
public sealed class SocialInsuranceRecord
{
    private SocialInsuranceRecord()
    {
    }

    public SocialInsuranceRecord(string residentId, string name, InsuranceType type, DateOnly month, string? employer, Guid importId, DateTimeOffset importedAt)
    {
        ResidentId = residentId;
        Name = name;
        Type = type;
        Month = InsuranceMonth.Of(month);
        Employer = employer;
        ImportId = importId;
        ImportedAt = importedAt;
    }

    /// <summary>18 characters, upper-case X (stored as the rest of the module stores resident IDs).</summary>
    public string ResidentId { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public InsuranceType Type { get; private set; }

    /// <summary>The first day of the paid month.</summary>
    public DateOnly Month { get; private set; }

    public string? Employer { get; private set; }

    /// <summary>The import that first brought the month.</summary>
    public Guid ImportId { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }
}
