using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Domain.Evidences.Rules;

namespace Enrollment.Modules.Evidence.Domain.Evidences;

/// <summary>
/// The eligibility evidence of one application (pages 5–11); its id is the application's id. Per kind
/// either the saved evidence or a recorded skip (「无此信息跳过」), never both: saving after a skip
/// replaces the skip, skipping after a save drops the saved evidence. A kind with neither is not yet answered.
/// </summary>
public sealed class EligibilityEvidence : AggregateRoot<Guid>
{
    private readonly List<EvidencePage> _pages = [];

    private EligibilityEvidence()
    {
    }

    public IReadOnlyList<EvidencePage> Pages => _pages.AsReadOnly();

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

    internal void RecordSkip(DateTimeOffset now)
    {
        Details = null;
        SkippedAt = now;
        UpdatedAt = now;
    }
}
