using Enrollment.Modules.Evidence.Domain.SocialInsurance;

namespace Enrollment.Modules.Evidence.Application.Abstractions;

/// <summary>
/// The port to the bureau's social-insurance records: which months, of which type, a person paid. Today an
/// adapter over the imported payment exports (<c>social_insurance_records</c>); a live query of the bureau's
/// system would implement the same port. The one place resident IDs are looked up by, so that storing them
/// encrypted (issue 12) changes the adapter only.
/// </summary>
public interface ISocialInsuranceRecords
{
    /// <summary>Every month on record between <paramref name="from"/> and <paramref name="to"/> (both included) of each person, by resident ID.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<InsuredMonth>>> FindAsync(IReadOnlyCollection<string> residentIds, DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
