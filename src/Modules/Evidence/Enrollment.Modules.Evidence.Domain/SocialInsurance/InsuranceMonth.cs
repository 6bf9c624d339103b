using System.Globalization;

namespace Enrollment.Modules.Evidence.Domain.SocialInsurance;

/// <summary>Months are kept as the first day of the month (DateOnly), written <c>yyyy-MM</c>.</summary>
public static class InsuranceMonth
{
    public static DateOnly Of(int year, int month) => new(year, month, 1);

    public static DateOnly Of(DateOnly day) => new(day.Year, day.Month, 1);

    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? Of(month) : null;
}

/// <summary>The season's insurance months, both ends included.</summary>
public sealed record InsurancePeriod
{
    public InsurancePeriod(DateOnly from, DateOnly to)
    {
        From = InsuranceMonth.Of(from);
        To = InsuranceMonth.Of(to);
        if (To < From)
        {
            throw new ArgumentException("The period ends before it starts.", nameof(to));
        }
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public IEnumerable<DateOnly> Months()
    {
        for (var month = From; month <= To; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    public bool Contains(DateOnly month) => InsuranceMonth.Of(month) >= From && InsuranceMonth.Of(month) <= To;
}

/// <summary>One paid month of one insurance type, as the bureau's records hold it for a person.</summary>
public sealed record InsuredMonth(DateOnly Month, InsuranceType Type);
