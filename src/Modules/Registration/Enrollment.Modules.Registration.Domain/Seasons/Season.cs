using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Domain.Applications;

namespace Enrollment.Modules.Registration.Domain.Seasons;

/// <summary>
/// 招生季: one year's collection in one county, with the policy parameters that change every year.
/// Parents may start and change applications only between <see cref="OpensAt"/> and <see cref="ClosesAt"/>.
/// </summary>
public sealed class Season : AggregateRoot<SeasonId>
{
    private Season()
    {
    }

    public int Year { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The six-digit code of the county that runs the collection (登封市 410185).</summary>
    public string HomeCountyCode { get; private set; } = string.Empty;

    public DateTimeOffset OpensAt { get; private set; }

    public DateTimeOffset ClosesAt { get; private set; }

    /// <summary>For kindergarten graduates entering primary grade 1.</summary>
    public AgeWindow PrimaryEntryWindow { get; private set; } = null!;

    /// <summary>For primary graduates entering junior middle grade 7.</summary>
    public AgeWindow JuniorMiddleEntryWindow { get; private set; } = null!;

    /// <summary>
    /// False: a child older than the window is refused. True: the parent may confirm the birth date
    /// (<c>confirmOverAge</c>) and the application is flagged for the reviewer.
    /// </summary>
    public bool OverAgeMayBeConfirmed { get; private set; }

    /// <summary>The towns and streets (9-digit or 12-digit region codes) that count as the urban area (城区).</summary>
    public List<string> UrbanTownCodes { get; private set; } = [];

    /// <summary>First month (its first day) of the continuous employee social insurance required (e.g. 2024-02).</summary>
    public DateOnly? SocialInsuranceFrom { get; private set; }

    /// <summary>Last month (its first day) of the continuous employee social insurance required (e.g. 2024-06).</summary>
    public DateOnly? SocialInsuranceTo { get; private set; }

    /// <summary>The date on which a residence permit must still be valid.</summary>
    public DateOnly? ResidencePermitValidOn { get; private set; }

    /// <summary>
    /// How many days before <see cref="ClosesAt"/> the parent of an application still a draft is reminded (once);
    /// null: no reminder.
    /// </summary>
    public int? DraftReminderDaysBeforeClose { get; private set; }

    public static Season Create(
        int year,
        string name,
        string homeCountyCode,
        DateTimeOffset opensAt,
        DateTimeOffset closesAt,
        AgeWindow primaryEntryWindow,
        AgeWindow juniorMiddleEntryWindow,
        SeasonPolicy? policy = null)
    {
        var season = new Season { Id = SeasonId.New() };
        season.Apply(year, name, homeCountyCode, opensAt, closesAt, primaryEntryWindow, juniorMiddleEntryWindow, policy ?? SeasonPolicy.Default);
        return season;
    }

    public void Update(
        int year,
        string name,
        string homeCountyCode,
        DateTimeOffset opensAt,
        DateTimeOffset closesAt,
        AgeWindow primaryEntryWindow,
        AgeWindow juniorMiddleEntryWindow,
        SeasonPolicy policy) =>
        Apply(year, name, homeCountyCode, opensAt, closesAt, primaryEntryWindow, juniorMiddleEntryWindow, policy);

    private void Apply(
        int year,
        string name,
        string homeCountyCode,
        DateTimeOffset opensAt,
        DateTimeOffset closesAt,
        AgeWindow primaryEntryWindow,
        AgeWindow juniorMiddleEntryWindow,
        SeasonPolicy policy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(primaryEntryWindow);
        ArgumentNullException.ThrowIfNull(juniorMiddleEntryWindow);
        ArgumentNullException.ThrowIfNull(policy);
        if (homeCountyCode is not { Length: 6 } || !homeCountyCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("The home county is a six-digit division code.", nameof(homeCountyCode));
        }

        if (closesAt <= opensAt)
        {
            throw new ArgumentException("A season must close after it opens.", nameof(closesAt));
        }

        if (policy.DraftReminderDaysBeforeClose is { } days && (days < MinDraftReminderDays || days > MaxDraftReminderDays))
        {
            throw new ArgumentOutOfRangeException(nameof(policy), days, "The draft reminder is 1 to 60 days before the season closes.");
        }

        if (policy.SocialInsuranceFrom is { } from && policy.SocialInsuranceTo is { } to && to < from)
        {
            throw new ArgumentException("The social-insurance months must end after they start.", nameof(policy));
        }

        Year = year;
        Name = name.Trim();
        HomeCountyCode = homeCountyCode;
        OpensAt = opensAt.ToUniversalTime();
        ClosesAt = closesAt.ToUniversalTime();
        PrimaryEntryWindow = primaryEntryWindow;
        JuniorMiddleEntryWindow = juniorMiddleEntryWindow;
        OverAgeMayBeConfirmed = policy.OverAgeMayBeConfirmed;
        UrbanTownCodes = [.. policy.UrbanTownCodes.Distinct(StringComparer.Ordinal)];
        SocialInsuranceFrom = policy.SocialInsuranceFrom is { } f ? new DateOnly(f.Year, f.Month, 1) : null;
        SocialInsuranceTo = policy.SocialInsuranceTo is { } t ? new DateOnly(t.Year, t.Month, 1) : null;
        ResidencePermitValidOn = policy.ResidencePermitValidOn;
        DraftReminderDaysBeforeClose = policy.DraftReminderDaysBeforeClose;
    }

    public const int MinDraftReminderDays = 1;

    public const int MaxDraftReminderDays = 60;

    /// <summary>Whether drafts of this season are due their reminder at <paramref name="now"/>: the season is open and closes within the reminder's days.</summary>
    public bool IsDraftReminderDueAt(DateTimeOffset now) =>
        DraftReminderDaysBeforeClose is { } days && IsOpenAt(now) && now >= ClosesAt.AddDays(-days);

    public bool IsOpenAt(DateTimeOffset now) => now >= OpensAt && now < ClosesAt;

    /// <summary>Both seasons would be open at some instant.</summary>
    public bool Overlaps(DateTimeOffset opensAt, DateTimeOffset closesAt) => opensAt < ClosesAt && OpensAt < closesAt;

    public bool IsUrbanTown(string regionCode) =>
        regionCode is { Length: >= 9 } && UrbanTownCodes.Any(code => regionCode.StartsWith(code.Length >= 9 ? code[..9] : code, StringComparison.Ordinal));

    public AgeWindow AgeWindowFor(GraduationType graduationType) => graduationType switch
    {
        GraduationType.KindergartenGraduate => PrimaryEntryWindow,
        GraduationType.PrimaryGraduate => JuniorMiddleEntryWindow,
        _ => throw new ArgumentOutOfRangeException(nameof(graduationType), graduationType, null),
    };
}

/// <summary>The policy parameters of a season besides its dates and age windows.</summary>
public sealed record SeasonPolicy(
    bool OverAgeMayBeConfirmed,
    IReadOnlyList<string> UrbanTownCodes,
    DateOnly? SocialInsuranceFrom,
    DateOnly? SocialInsuranceTo,
    DateOnly? ResidencePermitValidOn,
    int? DraftReminderDaysBeforeClose = null)
{
    public static readonly SeasonPolicy Default = new(false, [], null, null, null);
}
