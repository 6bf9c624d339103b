namespace Enrollment.Modules.Regions.Infrastructure;

/// <summary>Bound from the <c>Regions</c> section.</summary>
public sealed class RegionsOptions
{
    public const string SectionName = "Regions";

    /// <summary>The home county the region API answers <c>isValidLastLevel</c> for when the request names none (6 digits, 登封市).</summary>
    public string HomeCountyCode { get; set; } = "410185";

    /// <summary>Import the shipped dataset at start when the table is empty.</summary>
    public bool SeedOnStartup { get; set; } = true;

    /// <summary>A file to seed from instead of the shipped one (embedded <c>regions-2023.tsv.gz</c>).</summary>
    public string? SeedFile { get; set; }

    /// <summary><c>Cache-Control: max-age</c> of the region API, seconds; the ETag changes with every import that changes data.</summary>
    public int CacheMaxAgeSeconds { get; set; } = 300;

    /// <summary>How often an instance checks whether another instance imported a new dataset; zero turns it off.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);
}
