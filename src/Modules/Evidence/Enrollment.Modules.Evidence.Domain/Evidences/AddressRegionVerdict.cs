namespace Enrollment.Modules.Evidence.Domain.Evidences;

/// <summary>The Regions module's last-level answer for one chosen region.</summary>
public sealed record AddressRegionVerdict(bool IsValid, string? Code, string? Message, string? FullName)
{
    public static AddressRegionVerdict Valid(string fullName) => new(true, null, null, fullName);
}
