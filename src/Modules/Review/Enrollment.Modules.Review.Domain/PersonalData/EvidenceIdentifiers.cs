using Enrollment.BuildingBlocks.Domain.PersonalData;
namespace Enrollment.Modules.Review.Domain.PersonalData;

/// <summary>
/// The fields of the evidence pages (5–11) that hold a person's identifier: masked as a resident ID
/// (<c>410185********1234</c>) wherever the rest of the application is masked.
/// </summary>
public static class EvidenceIdentifiers
{
    /// <summary>居住证号码 (page 6), 社保编号 (page 7, the insured parent's resident ID), 被拆迁人身份证号 (page 10).</summary>
    public static IReadOnlySet<string> ResidentIdFields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "permitNumber",
        "socialInsuranceNumber",
        "relocatedPersonResidentId",
    };

    /// <summary>The page's fields as the disclosure allows: identifiers masked unless <see cref="Disclosure.Full"/>.</summary>
    public static IReadOnlyDictionary<string, string?> Disclose(IReadOnlyDictionary<string, string?> fields, Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return fields.ToDictionary(
            f => f.Key,
            f => ResidentIdFields.Contains(f.Key) ? Disclosed.ResidentId(f.Value, disclosure) : f.Value,
            StringComparer.Ordinal);
    }
}
