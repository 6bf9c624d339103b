namespace Enrollment.Modules.Registration.Infrastructure.Seeding;

/// <summary>
/// Bound from <c>Registration:SeedSeason</c>: the season put in place on an empty database. The
/// policy is written as Henan states it (N full years on a cut-off day); a bureau changes it here or,
/// later, through the seasons admin.
/// </summary>
public sealed class SeasonSeedOptions
{
    public const string SectionName = "Registration:SeedSeason";

    public bool Enabled { get; set; }

    /// <summary>The year of entry; empty means the coming school year (next September) by the clock.</summary>
    public int? Year { get; set; }

    public string HomeCountyCode { get; set; } = "410185";

    public string CountyName { get; set; } = "登封市";

    /// <summary>Opening time; empty means the start of the current day (China time), so the demo is open at once.</summary>
    public DateTimeOffset? OpensAt { get; set; }

    /// <summary>Closing time; empty means the end of 31 August of the year of entry (China time).</summary>
    public DateTimeOffset? ClosesAt { get; set; }

    /// <summary>Month and day of the age cut-off ("08-31").</summary>
    public string AgeCutOff { get; set; } = "08-31";

    public int PrimaryEntryFullYears { get; set; } = 6;

    public int JuniorMiddleEntryFullYears { get; set; } = 12;

    /// <summary>Continuous employee social insurance (务工, 经商): first month ("02") of the year of entry; empty: none asked.</summary>
    public string? SocialInsuranceFromMonth { get; set; } = "02";

    /// <summary>Last month ("06") of the year of entry.</summary>
    public string? SocialInsuranceToMonth { get; set; } = "06";

    /// <summary>Month and day ("07-01") of the year of entry on which a residence permit must still be valid; empty: the day of saving.</summary>
    public string? ResidencePermitValidOn { get; set; } = "07-01";
}
