using Enrollment.Modules.Regions.Domain.Regions;

namespace Enrollment.Modules.Regions.Application.Regions;

/// <summary>The season's home county: 6 digits (<c>410185</c>) or the same as 12 (<c>410185000000</c>).</summary>
internal static class HomeCounty
{
    public static bool TryParse(string? text, out long county)
    {
        county = 0;
        return text is { Length: 6 or 12 }
            && RegionCode.TryParse(text, out county)
            && RegionCode.LevelOf(county) == RegionLevel.County;
    }

    public static string Format(long county) => RegionCode.Format(county)[..6];
}
