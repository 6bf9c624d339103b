using Enrollment.Modules.Evidence.Domain.Evidences;

namespace Enrollment.Modules.Evidence.Application.Evidences;

/// <summary>Every evidence page of an application, in page order (5–11).</summary>
public sealed record EvidenceOverviewDto(Guid ApplicationId, int Version, IReadOnlyList<EvidencePageDto> Pages);

/// <summary>
/// One page: <c>state</c> is <c>Saved</c> (with <c>fields</c>), <c>Skipped</c> (「无此信息跳过」, with <c>skippedAt</c>) or <c>NotAnswered</c>.
/// </summary>
/// <param name="Kind">`property`, `residence-permit`, `employment`, `business`, `preferential-care`, `relocation` or `long-term-residence`.</param>
/// <param name="Page">The wizard's page number, 5–11.</param>
/// <param name="Title">The page's title (房产信息, ...).</param>
/// <param name="Fields">The saved fields, as the request named them, plus `regionName`; null unless saved.</param>
public sealed record EvidencePageDto(
    string Kind,
    int Page,
    string Title,
    string State,
    IReadOnlyDictionary<string, object?>? Fields,
    DateTimeOffset? SkippedAt,
    DateTimeOffset? UpdatedAt);

/// <summary>The answer to a save or a skip: the parent's message and the page as stored.</summary>
public sealed record EvidencePageResult(string Message, EvidencePageDto Page, int Version);

internal static class EvidenceMapping
{
    public static EvidenceOverviewDto ToDto(this EligibilityEvidence? evidence, Guid applicationId) =>
        new(applicationId, evidence?.Version ?? 0, [.. EvidenceKinds.All.Select(kind => ToDto(kind, evidence?.PageOf(kind)))]);

    public static EvidencePageDto ToDto(EvidenceKind kind, EvidencePage? page) => new(
        kind.Slug(),
        (int)kind,
        kind.PageName(),
        page is null ? "NotAnswered" : page.IsSkipped ? "Skipped" : "Saved",
        page?.Details is { } details ? FieldsOf(details) : null,
        page?.SkippedAt,
        page?.UpdatedAt);

    private static Dictionary<string, object?> FieldsOf(EvidenceDetails details)
    {
        var fields = details switch
        {
            PropertyEvidence p => new Dictionary<string, object?>
            {
                ["holder"] = p.Holder.ToString(),
                ["titleType"] = p.TitleType.ToString(),
                ["certificateNumber"] = p.CertificateNumber,
            },
            ResidencePermitEvidence r => new Dictionary<string, object?>
            {
                ["holder"] = r.Holder.ToString(),
                ["permitNumber"] = r.PermitNumber,
                ["validUntil"] = r.ValidUntil,
            },
            EmploymentEvidence e => new Dictionary<string, object?>
            {
                ["parent"] = e.Parent.ToString(),
                ["employer"] = e.Employer,
                ["socialInsuranceNumber"] = e.SocialInsuranceNumber,
            },
            BusinessEvidence b => new Dictionary<string, object?>
            {
                ["parent"] = b.Parent.ToString(),
                ["businessLicence"] = b.BusinessLicence.Value,
            },
            PreferentialCareEvidence c => new Dictionary<string, object?>
            {
                ["recipient"] = c.Recipient.ToString(),
                ["certificateNumber"] = c.CertificateNumber,
            },
            RelocationEvidence r => new Dictionary<string, object?>
            {
                ["relocatedPersonName"] = r.RelocatedPersonName,
                ["relocatedPersonResidentId"] = r.RelocatedPersonResidentId,
                ["agreementNumber"] = r.AgreementNumber,
            },
            LongTermResidenceEvidence l => new Dictionary<string, object?>
            {
                ["owner"] = l.Owner.ToString(),
                ["paymentType"] = l.PaymentType.ToString(),
                ["accountNumber"] = l.AccountNumber,
                ["accountHolderName"] = l.AccountHolderName,
            },
            _ => throw new InvalidOperationException($"Unknown evidence {details.GetType().Name}."),
        };
        fields["regionCode"] = details.Address.RegionCode;
        fields["regionName"] = details.Address.RegionName;
        fields["addressDetail"] = details.Address.Detail;
        if (details.Address.Community is { } community)
        {
            fields["community"] = community;
        }

        return fields;
    }
}
