using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Applications.Events;
using Enrollment.Modules.Registration.Domain.Applications.Rules;
using Enrollment.Modules.Registration.Domain.Seasons;
using Enrollment.Modules.Registration.Domain.Students;

namespace Enrollment.Modules.Registration.Domain.Applications;

/// <summary>
/// One child's registration in one season by one parent account: the wizard's pages, saved one by
/// one as a draft, then submitted for review.
/// </summary>
public sealed class Application : AggregateRoot<ApplicationId>
{
    private Application()
    {
    }

    public SeasonId SeasonId { get; private set; }

    public Guid ParentAccountId { get; private set; }

    public GraduationType GraduationType { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public Student? Student { get; private set; }

    /// <summary>
    /// The lookup key for "this child is already registered": today the normalised ID, later a keyed
    /// hash once IDs are encrypted at rest. The season-wide unique index is on this column.
    /// </summary>
    public string? StudentLookupKey { get; private set; }

    public bool IsDeleted { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Application Start(Guid parentAccountId, Season season, GraduationType graduationType, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(season);
        CheckRule(new SeasonMustBeOpenRule(season, now));
        var application = new Application
        {
            Id = ApplicationId.New(),
            SeasonId = season.Id,
            ParentAccountId = parentAccountId,
            GraduationType = graduationType,
            Status = ApplicationStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
        application.AddDomainEvent(new ApplicationStarted(application.Id, season.Id, parentAccountId, graduationType, now));
        return application;
    }

    /// <summary>
    /// Page 2. <paramref name="registeredInAnotherApplication"/> is the answer of the season-wide
    /// lookup by <see cref="LookupKeyOf"/>, excluding this application.
    /// </summary>
    public void SaveStudent(StudentName name, ResidentIdNumber residentId, Season season, bool registeredInAnotherApplication, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(residentId);
        ArgumentNullException.ThrowIfNull(season);
        CheckRule(new SeasonMustBeOpenRule(season, now));
        CheckRule(new StudentIdMustBeUniqueInSeasonRule(registeredInAnotherApplication));
        var window = season.AgeWindowFor(GraduationType);
        CheckRule(new StudentMustNotBeTooYoungRule(residentId.BirthDate, window));
        CheckRule(new StudentMustNotBeTooOldRule(residentId.BirthDate, window));

        Student = new Student(name, residentId);
        StudentLookupKey = LookupKeyOf(residentId);
        UpdatedAt = now;
        AddDomainEvent(new StudentInformationSaved(Id, now));
    }

    public static string LookupKeyOf(ResidentIdNumber residentId)
    {
        ArgumentNullException.ThrowIfNull(residentId);
        return residentId.Value;
    }
}
