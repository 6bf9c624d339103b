namespace Enrollment.Modules.Evidence.Infrastructure.SocialInsurance;

/// <summary>Bound from <c>Evidence:SocialInsurance</c>: the limits of the payment-export import.</summary>
public sealed class SocialInsuranceOptions
{
    public const string SectionName = "Evidence:SocialInsurance";

    /// <summary>Largest upload accepted (bytes); over it: 422 <c>social-insurance.import.too-large</c>.</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Most data rows one file may hold; over it the import fails before storing anything.</summary>
    public int MaxRows { get; set; } = 200_000;

    /// <summary>Most bytes an .xlsx may unpack to (all parts together); over it, or packed more than 100 to 1, it is refused as a compressed bomb.</summary>
    public long MaxUnpackedBytes { get; set; } = 256 * 1024 * 1024;

    /// <summary>Rows read and stored per transaction (and per progress update).</summary>
    public int BatchSize { get; set; } = 1000;
}
