using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Regions.Contracts.Addresses;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Registration.Contracts.Seasons;
using Enrollment.Modules.Registration.Domain.Applications.Events;
using Enrollment.Modules.Registration.Domain.Applications.Rules;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using Enrollment.Modules.Registration.Domain.Students;

namespace Enrollment.Modules.Registration.Domain.Applications;

/// <summary>
/// One child's registration in one season by one parent account: the wizard's pages, saved one by
/// one as a draft, then submitted for review. <see cref="Version"/> grows with every change and is the
/// ETag two devices compare.
/// </summary>
public sealed class StudentApplication : AggregateRoot<ApplicationId>
{
    public const string StudentPageName = "学生基本信息";
    public const string GuardiansPageName = "学生父母信息";
    public const string HouseholdPageName = "学生户籍信息";

    private StudentApplication()
    {
    }

    public SeasonId SeasonId { get; private set; }

    public Guid ParentAccountId { get; private set; }

    public GraduationType GraduationType { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public Student? Student { get; private set; }

    public Guardian? Father { get; private set; }

    public Guardian? Mother { get; private set; }

    public HouseholdRegistration? Household { get; private set; }

    /// <summary>
    /// The lookup key for "this child is already registered": today the normalised ID, later a keyed
    /// hash once IDs are encrypted at rest. The season-wide unique index is on this column.
    /// </summary>
    public string? StudentLookupKey { get; private set; }

    /// <summary>The reviewer's reasons of the last return (有误); empty otherwise.</summary>
    public List<string> ReturnReasons { get; private set; } = [];

    public bool IsDeleted { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic concurrency: incremented on every change, exposed as the ETag.</summary>
    public int Version { get; private set; }

    /// <summary>When the retention job stripped the personal data (<see cref="Anonymize"/>); null while it is kept.</summary>
    public DateTimeOffset? AnonymizedAt { get; private set; }

    /// <summary>
    /// The graduation school of an anonymized application, kept for the statistics (a school is no personal
    /// data; the class, a handful of children, is not kept).
    /// </summary>
    public Guid? RetainedGraduationSchoolId { get; private set; }

    public bool IsAnonymized => AnonymizedAt is not null;

    public bool IsStudentComplete => Student is { GraduationSchoolId: not null, GraduationClassId: not null };

    public bool IsGuardiansComplete => Father is not null || Mother is not null;

    public bool IsHouseholdComplete => Household is not null;

    /// <param name="openDrafts">The parent's applications in 填写中 now; with <paramref name="maxOpenDrafts"/> the drafts cap.</param>
    public static StudentApplication Start(Guid parentAccountId, Season season, GraduationType graduationType, DateTimeOffset now, int openDrafts = 0, int maxOpenDrafts = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(season);
        CheckRule(new SeasonMustBeOpenRule(season.Name, season.OpensAt, season.ClosesAt, now));
        CheckRule(new ParentMayHoldLimitedOpenDraftsRule(openDrafts, maxOpenDrafts));
        var application = new StudentApplication
        {
            Id = ApplicationId.New(),
            SeasonId = season.Id,
            ParentAccountId = parentAccountId,
            GraduationType = graduationType,
            Status = ApplicationStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        application.AddDomainEvent(new ApplicationStarted(application.Id, season.Id, parentAccountId, graduationType, now));
        return application;
    }

    /// <summary>
    /// Page 2. <paramref name="registeredInAnotherApplication"/> is the answer of the season-wide
    /// lookup by <see cref="LookupKeyOf"/>, excluding this application. <paramref name="school"/> is
    /// the chosen graduation school as found (null when unknown).
    /// </summary>
    public void SaveStudent(StudentPage page, Season season, School? school, bool registeredInAnotherApplication, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(season);
        CheckCanChange(season, now);
        CheckRule(new StudentIdMustBeUniqueInSeasonRule(registeredInAnotherApplication));
        var window = season.AgeWindowFor(GraduationType);
        var tooOld = window.Check(page.ResidentId.BirthDate) == AgeCheck.TooOld;
        var overAgeConfirmed = tooOld && season.OverAgeMayBeConfirmed && page.ConfirmOverAge;
        CheckRule(new StudentMustNotBeTooYoungRule(page.ResidentId.BirthDate, window));
        CheckRule(new StudentMustNotBeTooOldRule(page.ResidentId.BirthDate, window, overAgeConfirmed));
        CheckRule(new GraduationSchoolMustBelongToSeasonRule(
            school is not null && school.SeasonId == season.Id && school.Kind == SchoolKinds.For(GraduationType)));
        CheckRule(new GraduationClassMustBelongToSchoolRule(school!.HasClass(page.GraduationClassId)));

        var student = new Student(
            page.Name,
            page.ResidentId,
            page.FormerName,
            Ethnicity.Find(page.EthnicityCode)?.Code,
            school.Id.Value,
            page.GraduationClassId,
            page.BirthCertificateNumber,
            overAgeConfirmed);
        if (student == Student)
        {
            return;
        }

        Student = student;
        StudentLookupKey = LookupKeyOf(page.ResidentId);
        Touch(now);
        AddDomainEvent(new StudentInformationSaved(Id, now));
    }

    /// <summary>Page 3. Each given parent comes with the Regions module's verdict on its 户口簿地址 region.</summary>
    public void SaveGuardians(
        (Guardian Guardian, AddressRegionVerdict Region)? father,
        (Guardian Guardian, AddressRegionVerdict Region)? mother,
        Season season,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(season);
        CheckCanChange(season, now);
        CheckRule(new AtLeastOneGuardianRule(father is not null || mother is not null));
        foreach (var (given, prefix) in new[] { (father, "father"), (mother, "mother") })
        {
            if (given is { } g)
            {
                CheckRule(new GuardianIdMustDifferFromStudentRule(Student is not null && Student.ResidentId == g.Guardian.ResidentId, $"{prefix}.residentId"));
                CheckRule(new AddressRegionMustBeLastLevelRule(g.Region, $"{prefix}.regionCode"));
            }
        }

        CheckRule(new ParentsMustHaveDifferentIdsRule(
            father is { } f && mother is { } m && f.Guardian.ResidentId == m.Guardian.ResidentId));

        var newFather = father is { } fa ? fa.Guardian with { RegionName = fa.Region.FullName ?? fa.Guardian.RegionName } : null;
        var newMother = mother is { } mo ? mo.Guardian with { RegionName = mo.Region.FullName ?? mo.Guardian.RegionName } : null;
        if (newFather == Father && newMother == Mother)
        {
            return;
        }

        Father = newFather;
        Mother = newMother;
        Touch(now);
        AddDomainEvent(new GuardiansSaved(Id, now));
    }

    /// <summary>Page 4, with the Regions module's verdict on the 户口簿登记地址 region.</summary>
    public void SaveHousehold(HouseholdRegistration household, AddressRegionVerdict region, Season season, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(season);
        CheckCanChange(season, now);
        CheckRule(new AddressRegionMustBeLastLevelRule(region, "regionCode"));
        var onBooklet = household.Type == HukouType.Collective ? household.GuardianOnSameBooklet : null;
        if (onBooklet is { } role)
        {
            var guardian = role == GuardianRole.Father ? Father : Mother;
            CheckRule(new GuardianOnBookletMustBeSavedRule(guardian is not null));
            CheckRule(new CollectiveHouseholderMustBeTheGuardianRule(
                guardian!.ResidentId == household.HouseholderResidentId && guardian.Name == household.HouseholderName));
        }

        var saved = household with { GuardianOnSameBooklet = onBooklet, RegionName = region.FullName ?? household.RegionName };
        if (saved == Household)
        {
            return;
        }

        Household = saved;
        Touch(now);
        AddDomainEvent(new HouseholdSaved(Id, now));
    }

    /// <summary>「保存提交」: Draft → UnderReview, Returned → UnderReview (resubmission). Submitting again while under review changes nothing.</summary>
    /// <param name="unansweredEvidencePages">Titles of the evidence pages (5–11) neither saved nor skipped, as the Evidence module answers.</param>
    public void Submit(Season season, IReadOnlyList<string> unansweredEvidencePages, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(season);
        CheckCanChange(season, now);
        CheckRule(new ApplicationMustBeCompleteRule(MissingPages()));
        CheckRule(new EvidencePagesMustBeAnsweredRule(unansweredEvidencePages));
        if (Status == ApplicationStatus.UnderReview)
        {
            return;
        }

        var resubmission = Status == ApplicationStatus.Returned;
        Status = ApplicationStatus.UnderReview;
        SubmittedAt = now;
        Touch(now);
        AddDomainEvent(resubmission
            ? new ApplicationResubmitted(Id, SeasonId, now)
            : new ApplicationSubmitted(Id, SeasonId, now));
    }

    /// <summary>有误: the reviewer returns the application with reasons (driven by the Review module).</summary>
    public void Return(IReadOnlyList<string> reasons, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        CheckRule(new ApplicationMustNotBeAnonymizedRule(IsAnonymized));
        CheckRule(new ApplicationMustBeUnderReviewRule(Status));
        Status = ApplicationStatus.Returned;
        ReturnReasons = [.. reasons];
        Touch(now);
        AddDomainEvent(new ApplicationReturned(Id, now));
    }

    /// <summary>已提交: accepted by the reviewer, locked for the parent from now on.</summary>
    public void Accept(DateTimeOffset now)
    {
        CheckRule(new ApplicationMustNotBeAnonymizedRule(IsAnonymized));
        CheckRule(new ApplicationMustBeUnderReviewRule(Status));
        Status = ApplicationStatus.Accepted;
        ReturnReasons = [];
        Touch(now);
        AddDomainEvent(new ApplicationAccepted(Id, now));
    }

    /// <summary>
    /// The retention period of its season has passed (ADR-0041): every page the parent typed, the link to the parent's
    /// account and the reviewer's reasons go; what the statistics count stays — season, status, graduation type,
    /// graduation school and the dates. Anonymizing twice changes nothing.
    /// </summary>
    public void Anonymize(DateTimeOffset now)
    {
        if (IsAnonymized)
        {
            return;
        }

        RetainedGraduationSchoolId = Student?.GraduationSchoolId;
        Student = null;
        Father = null;
        Mother = null;
        Household = null;
        StudentLookupKey = null;
        ReturnReasons = [];
        ParentAccountId = Guid.Empty;
        AnonymizedAt = now;
        Touch(now);
    }

    /// <summary>Soft delete: kept for audit, and the child's ID is free for a new registration.</summary>
    public void Delete(Season season, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(season);
        CheckCanChange(season, now);
        IsDeleted = true;
        DeletedAt = now;
        Touch(now);
        AddDomainEvent(new ApplicationDeleted(Id, SeasonId, now));
    }

    public IReadOnlyList<string> MissingPages()
    {
        var missing = new List<string>();
        if (!IsStudentComplete)
        {
            missing.Add(StudentPageName);
        }

        if (!IsGuardiansComplete)
        {
            missing.Add(GuardiansPageName);
        }

        if (!IsHouseholdComplete)
        {
            missing.Add(HouseholdPageName);
        }

        return missing;
    }

    public static string LookupKeyOf(ResidentIdNumber residentId)
    {
        ArgumentNullException.ThrowIfNull(residentId);
        return residentId.Value;
    }

    private void CheckCanChange(Season season, DateTimeOffset now)
    {
        CheckRule(new ApplicationMustNotBeAnonymizedRule(IsAnonymized));
        CheckRule(new ApplicationMustNotBeLockedRule(Status == ApplicationStatus.Accepted));
        CheckRule(new SeasonMustBeOpenRule(season.Name, season.OpensAt, season.ClosesAt, now));
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
