using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Seasons;

/// <summary>
/// The birth dates a season admits for one graduation type, both ends inclusive. Henan states it as
/// "N full years on a cut-off date" (6 on 31 August → born 1 September N+1 years before … 31 August
/// N years before); Zhengzhou's districts state a birth-date window directly. Both end here.
/// </summary>
public sealed record AgeWindow : IValueObject
{
    public AgeWindow(DateOnly earliestBirthDate, DateOnly latestBirthDate)
    {
        if (earliestBirthDate > latestBirthDate)
        {
            throw new ArgumentException("The earliest birth date must not be after the latest.", nameof(earliestBirthDate));
        }

        EarliestBirthDate = earliestBirthDate;
        LatestBirthDate = latestBirthDate;
    }

    public DateOnly EarliestBirthDate { get; private init; }

    public DateOnly LatestBirthDate { get; private init; }

    /// <summary>Set when the window was stated the Henan way: the full years on <see cref="CutOff"/>.</summary>
    public int? FullYears { get; private init; }

    /// <summary>The day on which age is counted, when stated the Henan way.</summary>
    public DateOnly? CutOff { get; private init; }

    /// <summary>Children who are <paramref name="fullYears"/> full years old on <paramref name="cutOff"/> but not yet one year older.</summary>
    public static AgeWindow FullYearsOn(DateOnly cutOff, int fullYears)
    {
        var latest = cutOff.AddYears(-fullYears);
        return new AgeWindow(latest.AddYears(-1).AddDays(1), latest) { FullYears = fullYears, CutOff = cutOff };
    }

    public AgeCheck Check(DateOnly birthDate) =>
        birthDate > LatestBirthDate ? AgeCheck.TooYoung
        : birthDate < EarliestBirthDate ? AgeCheck.TooOld
        : AgeCheck.WithinWindow;

    /// <summary>The same rule moved by whole years, for next season's defaults.</summary>
    public AgeWindow ShiftYears(int years) =>
        new(EarliestBirthDate.AddYears(years), LatestBirthDate.AddYears(years)) { FullYears = FullYears, CutOff = CutOff?.AddYears(years) };

    /// <summary>Two windows are equal when they admit the same birth dates, in whichever form they were stated.</summary>
    public bool Equals(AgeWindow? other) =>
        other is not null && EarliestBirthDate == other.EarliestBirthDate && LatestBirthDate == other.LatestBirthDate;

    public override int GetHashCode() => HashCode.Combine(EarliestBirthDate, LatestBirthDate);
}

public enum AgeCheck
{
    WithinWindow,
    TooYoung,
    TooOld,
}
