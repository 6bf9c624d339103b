namespace Enrollment.Modules.Regions.Infrastructure.Persistence;

/// <summary>One row of the division table; written only by the importer (bulk SQL), read once to build the tree.</summary>
internal sealed class RegionRecord
{
    /// <summary>12 digits.</summary>
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>12 digits, null for a province; kept for reports and SQL users, the tree derives it from the code.</summary>
    public string? ParentCode { get; set; }

    /// <summary>1 province … 5 village.</summary>
    public int Level { get; set; }
}

/// <summary>One import run: what it did and the dataset version it left.</summary>
internal sealed class RegionImportRecord
{
    public Guid Id { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public string Source { get; set; } = string.Empty;

    public string Version { get; set; } = string.Empty;

    public int Total { get; set; }

    public int Added { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }
}
