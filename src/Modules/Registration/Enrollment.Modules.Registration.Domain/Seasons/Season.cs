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

    public static Season Create(
        int year,
        string name,
        string homeCountyCode,
        DateTimeOffset opensAt,
        DateTimeOffset closesAt,
        AgeWindow primaryEntryWindow,
        AgeWindow juniorMiddleEntryWindow)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (homeCountyCode is not { Length: 6 } || !homeCountyCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("The home county is a six-digit division code.", nameof(homeCountyCode));
        }

        if (closesAt <= opensAt)
        {
            throw new ArgumentException("A season must close after it opens.", nameof(closesAt));
        }

        return new Season
        {
            Id = SeasonId.New(),
            Year = year,
            Name = name,
            HomeCountyCode = homeCountyCode,
            OpensAt = opensAt.ToUniversalTime(),
            ClosesAt = closesAt.ToUniversalTime(),
            PrimaryEntryWindow = primaryEntryWindow,
            JuniorMiddleEntryWindow = juniorMiddleEntryWindow,
        };
    }

    public bool IsOpenAt(DateTimeOffset now) => now >= OpensAt && now < ClosesAt;

    public AgeWindow AgeWindowFor(GraduationType graduationType) => graduationType switch
    {
        GraduationType.KindergartenGraduate => PrimaryEntryWindow,
        GraduationType.PrimaryGraduate => JuniorMiddleEntryWindow,
        _ => throw new ArgumentOutOfRangeException(nameof(graduationType), graduationType, null),
    };
}
