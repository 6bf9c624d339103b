using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Domain.Evidences.Attachments;
using Enrollment.Modules.Evidence.Domain.Evidences.Certificates;
using Enrollment.Modules.Evidence.Domain.Evidences.Rules;
using Enrollment.Modules.Regions.Contracts.Addresses;

namespace Enrollment.Modules.Evidence.Domain.Evidences;

/// <summary>
/// The eligibility evidence of one application (pages 5–11); its id is the application's id. Per kind
/// either the saved evidence or a recorded skip (「无此信息跳过」), never both: saving after a skip
/// replaces the skip, skipping after a save drops the saved evidence. A kind with neither is not yet answered.
/// </summary>
public sealed class EligibilityEvidence : AggregateRoot<Guid>
{
    private readonly List<EvidencePage> _pages = [];
    private readonly List<EvidenceAttachment> _attachments = [];

    private EligibilityEvidence()
    {
    }

    public IReadOnlyList<EvidencePage> Pages => _pages.AsReadOnly();

    /// <summary>The certificate photos of every page, oldest first.</summary>
    public IReadOnlyList<EvidenceAttachment> Attachments => _attachments.AsReadOnly();

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Raised by one on every change; the optimistic-concurrency token.</summary>
    public int Version { get; private set; }

    public static EligibilityEvidence StartFor(Guid applicationId, DateTimeOffset now) =>
        new() { Id = applicationId, CreatedAt = now, UpdatedAt = now };

    public EvidencePage? PageOf(EvidenceKind kind) => _pages.FirstOrDefault(p => p.Kind == kind);

    /// <summary>The pages neither saved nor skipped, in page order; all seven while nothing is stored.</summary>
    public static IReadOnlyList<EvidenceKind> UnansweredKinds(EligibilityEvidence? evidence) =>
        [.. EvidenceKinds.All.Where(kind => evidence?.PageOf(kind) is null)];

    /// <summary>Saves one page. <paramref name="region"/> is the Regions module's answer for the page's address region.</summary>
    public void Save(EvidenceDetails details, ApplicationFacts application, AddressRegionVerdict region, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(region);
        CheckCanChange(application);

        if (details.NamedParent is { } parent)
        {
            var (field, label) = HolderFieldOf(details.Kind);
            CheckRule(new HolderMustBeGuardianRule(parent, application.NameOf(parent), field, label));
        }

        switch (details)
        {
            case ResidencePermitEvidence permit:
                CheckRule(new ResidencePermitHolderMustHaveHukouElsewhereRule(application.HukouRegionOf(permit.Holder), application.HomeCountyCode));
                CheckRule(new ResidencePermitMustBeValidRule(permit.ValidUntil, application.PermitValidOn));
                break;
            case RelocationEvidence relocation:
                CheckRule(new RelocatedPersonIdMustBeValidRule(relocation.RelocatedPersonResidentId));
                break;
            case LongTermResidenceEvidence residence:
                CheckRule(new AccountHolderMustBeGuardianRule(residence.AccountHolderName, application.FatherName, application.MotherName));
                break;
        }

        if (CertificateOf(details) is { } certificate)
        {
            CheckRule(new CertificateNumberMustMatchFormatRule(certificate.Format, certificate.Number, certificate.Field));
        }

        CheckRule(new AddressRegionMustBeLastLevelRule(region, "regionCode"));

        var page = PageFor(details.Kind);
        page.Record(details with { Address = details.Address with { RegionName = region.FullName ?? details.Address.RegionName } }, now);
        Touch(now);
        AddDomainEvent(new Events.EvidencePageChanged(Id, details.Kind, Skipped: false, now));
    }

    /// <summary>「无此信息跳过」: records the skip and drops what the page held.</summary>
    public void Skip(EvidenceKind kind, ApplicationFacts application, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(application);
        CheckCanChange(application);
        PageFor(kind).RecordSkip(now);
        Touch(now);
        AddDomainEvent(new Events.EvidencePageChanged(Id, kind, Skipped: true, now));
    }

    /// <summary>The photos of one page, oldest first.</summary>
    public IReadOnlyList<EvidenceAttachment> AttachmentsOf(EvidenceKind kind) => [.. _attachments.Where(a => a.Kind == kind).OrderBy(a => a.UploadedAt)];

    /// <summary>
    /// Before a photo is decoded and stored: the application can change, the bytes are a JPEG, PNG or WebP,
    /// at most 10 MB, and the page holds fewer than six photos.
    /// </summary>
    public void CheckCanAttach(EvidenceKind kind, ImageFormat? detected, long length, ApplicationFacts application)
    {
        ArgumentNullException.ThrowIfNull(application);
        CheckCanChange(application);
        CheckRule(new AttachmentMustBeAnImageRule(detected));
        CheckRule(new AttachmentMustNotExceedTenMegabytesRule(length));
        CheckRule(new PageMustHoldAtMostSixAttachmentsRule(AttachmentsOf(kind).Count, kind.PageName()));
    }

    /// <summary>Attaches a photo already cleaned and stored; the version goes up, so two racing uploads cannot pass six.</summary>
    public EvidenceAttachment Attach(Guid attachmentId, EvidenceKind kind, StoredImage image, ApplicationFacts application, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(image);
        CheckCanAttach(kind, image.Format, image.Length, application);
        var attachment = new EvidenceAttachment(attachmentId, kind, image, now);
        _attachments.Add(attachment);
        Touch(now);
        return attachment;
    }

    /// <summary>Removes one photo of the page (404 when the page has no such photo).</summary>
    public EvidenceAttachment Detach(EvidenceKind kind, Guid attachmentId, ApplicationFacts application, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(application);
        var attachment = _attachments.SingleOrDefault(a => a.Id == attachmentId && a.Kind == kind)
            ?? throw new NotFoundException("attachment", attachmentId);
        CheckCanChange(application);
        _attachments.Remove(attachment);
        Touch(now);
        return attachment;
    }

    /// <summary>The application was deleted: every photo goes (no season or lock applies to a deletion already made).</summary>
    public IReadOnlyList<EvidenceAttachment> DetachAll(DateTimeOffset now)
    {
        var removed = _attachments.ToList();
        if (removed.Count > 0)
        {
            _attachments.Clear();
            Touch(now);
        }

        return removed;
    }

    /// <summary>
    /// The retention period of the application's season passed (ADR-0041): every photo and everything the pages hold
    /// goes; which pages were saved and which skipped stays, for the statistics. Returns the photos whose files go too.
    /// </summary>
    public IReadOnlyList<EvidenceAttachment> Anonymize(DateTimeOffset now)
    {
        var removed = DetachAll(now);
        var redacted = _pages.Where(p => p.Details is not null).ToList();
        foreach (var page in redacted)
        {
            page.Redact(now);
        }

        if (redacted.Count > 0)
        {
            Touch(now);
        }

        return removed;
    }

    /// <summary>The certificate number a page holds, its format and the field that names it; null for 经商 (its licence is a value object).</summary>
    public static (CertificateFormat Format, string Number, string Field)? CertificateOf(EvidenceDetails details) => details switch
    {
        PropertyEvidence p => (CertificateNumbers.Of(p.TitleType), p.CertificateNumber, "certificateNumber"),
        ResidencePermitEvidence r => (CertificateFormat.ResidencePermit, r.PermitNumber, "permitNumber"),
        EmploymentEvidence e => (CertificateFormat.SocialInsurance, e.SocialInsuranceNumber, "socialInsuranceNumber"),
        PreferentialCareEvidence c => (CertificateFormat.PreferentialCare, c.CertificateNumber, "certificateNumber"),
        RelocationEvidence r => (CertificateFormat.RelocationAgreement, r.AgreementNumber, "agreementNumber"),
        LongTermResidenceEvidence l => (CertificateFormat.UtilityAccount, l.AccountNumber, "accountNumber"),
        _ => null,
    };

    /// <summary>The field naming the parent on each page, in the API's words, and its label.</summary>
    public static (string Field, string Label) HolderFieldOf(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Property => ("holder", "产权人"),
        EvidenceKind.ResidencePermit => ("holder", "持证人"),
        EvidenceKind.Employment => ("parent", "务工人"),
        EvidenceKind.Business => ("parent", "经营者"),
        EvidenceKind.PreferentialCare => ("recipient", "优抚对象"),
        EvidenceKind.LongTermResidence => ("owner", "户主"),
        _ => ("holder", "持有人"),
    };

    private static void CheckCanChange(ApplicationFacts application)
    {
        CheckRule(new ApplicationMustNotBeLockedRule(application.Locked));
        CheckRule(new SeasonMustBeOpenRule(application.SeasonOpen, application.SeasonName));
    }

    private EvidencePage PageFor(EvidenceKind kind)
    {
        var page = PageOf(kind);
        if (page is null)
        {
            page = new EvidencePage(kind);
            _pages.Add(page);
        }

        return page;
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}

/// <summary>One evidence page: saved details, or a skip, with when it happened.</summary>
public sealed class EvidencePage
{
    internal EvidencePage(EvidenceKind kind) => Kind = kind;

    private EvidencePage()
    {
    }

    public EvidenceKind Kind { get; private set; }

    public EvidenceDetails? Details { get; private set; }

    /// <summary>When the parent chose 「无此信息跳过」; null when the page holds evidence.</summary>
    public DateTimeOffset? SkippedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsSkipped => SkippedAt is not null;

    internal void Record(EvidenceDetails details, DateTimeOffset now)
    {
        Details = details;
        SkippedAt = null;
        UpdatedAt = now;
    }

    /// <summary>Saved evidence whose content was removed: still a saved page (not skipped), with nothing in it.</summary>
    internal void Redact(DateTimeOffset now)
    {
        Details = null;
        UpdatedAt = now;
    }

    internal void RecordSkip(DateTimeOffset now)
    {
        Details = null;
        SkippedAt = now;
        UpdatedAt = now;
    }
}
