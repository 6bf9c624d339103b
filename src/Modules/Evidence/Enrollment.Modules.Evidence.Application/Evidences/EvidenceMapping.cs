using Enrollment.Modules.Evidence.Domain.Evidences;

namespace Enrollment.Modules.Evidence.Application.Evidences;

/// <summary>
/// Hand-written, not Mapster: a page's state is derived (saved / skipped / not answered) and its fields are
/// flattened per kind into the names the request used, which is logic rather than a plain member copy.
/// </summary>
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
