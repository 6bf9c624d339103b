using System.Globalization;

namespace Enrollment.Modules.Regions.Domain.Regions;

/// <summary>
/// The 12-digit statistical division code (province 2 + city 2 + county 2 + town 3 + village 3),
/// held as a number. Shorter codes of the upper levels (2, 4, 6 or 9 digits, e.g. <c>410185</c>)
/// are padded on the right with zeros, so that <c>410185</c> and <c>410185000000</c> are one code.
/// </summary>
public static class RegionCode
{
    public const long Root = 0;

    /// <summary>Reads 2, 4, 6, 9 or 12 ASCII digits; anything else (spaces, signs, other lengths) is not a code.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out long code)
    {
        code = 0;
        if (text.Length is not (2 or 4 or 6 or 9 or 12))
        {
            return false;
        }

        long value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        for (var i = text.Length; i < 12; i++)
        {
            value *= 10;
        }

        code = value;
        return value > 0;
    }

    /// <summary>The code as 12 digits, e.g. <c>410185001000</c>.</summary>
    public static string Format(long code) => code.ToString("D12", CultureInfo.InvariantCulture);

    /// <summary>Level from the trailing zeros: 10 → province, 8 → city, 6 → county, 3 → town, else village.</summary>
    public static RegionLevel LevelOf(long code) =>
        code % 10_000_000_000 == 0 ? RegionLevel.Province
        : code % 100_000_000 == 0 ? RegionLevel.City
        : code % 1_000_000 == 0 ? RegionLevel.County
        : code % 1_000 == 0 ? RegionLevel.Town
        : RegionLevel.Village;

    /// <summary>
    /// The parent by code: village → its town, town → its county, county → its city, city → its
    /// province, province → <see cref="Root"/>. (东莞, 中山 and 儋州 have no county: the parent-by-code
    /// of their towns, <c>441900000000</c>, is the city itself.)
    /// </summary>
    public static long ParentOf(long code) => LevelOf(code) switch
    {
        RegionLevel.Village => code / 1_000 * 1_000,
        RegionLevel.Town => code / 1_000_000 * 1_000_000,
        RegionLevel.County => code / 100_000_000 * 100_000_000,
        RegionLevel.City => code / 10_000_000_000 * 10_000_000_000,
        _ => Root,
    };

    /// <summary>The 6-digit county part as a 12-digit code (<c>410185001001</c> → <c>410185000000</c>).</summary>
    public static long CountyOf(long code) => code / 1_000_000 * 1_000_000;

    /// <summary>
    /// The kind the code's own digits tell: towns 001–099 街道, 100–199 镇, 200–399 乡, 400+ 其他
    /// (development zones, farms and the like); villages 001–199 居委会, 200–399 村委会, 400+ 其他.
    /// Null above town level.
    /// </summary>
    public static string? KindOf(long code) => LevelOf(code) switch
    {
        RegionLevel.Town => (code / 1_000 % 1_000) switch
        {
            < 100 => RegionKinds.Street,
            < 200 => RegionKinds.Town,
            < 400 => RegionKinds.Township,
            _ => RegionKinds.Other,
        },
        RegionLevel.Village => (code % 1_000) switch
        {
            < 200 => RegionKinds.Community,
            < 400 => RegionKinds.Village,
            _ => RegionKinds.Other,
        },
        _ => null,
    };
}

/// <summary>The kinds of towns and villages, as users read them.</summary>
public static class RegionKinds
{
    /// <summary>街道 (town codes 001–099).</summary>
    public const string Street = "街道";

    /// <summary>镇 (town codes 100–199).</summary>
    public const string Town = "镇";

    /// <summary>乡 (town codes 200–399).</summary>
    public const string Township = "乡";

    /// <summary>居委会 (village codes 001–199).</summary>
    public const string Community = "居委会";

    /// <summary>村委会 (village codes 200–399).</summary>
    public const string Village = "村委会";

    /// <summary>其他: codes 400 and above (开发区, 农场, 林场, 类似乡级单位 ...).</summary>
    public const string Other = "其他";
}
