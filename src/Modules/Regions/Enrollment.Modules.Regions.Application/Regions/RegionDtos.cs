using Enrollment.Modules.Regions.Contracts.Queries;
using Enrollment.Modules.Regions.Domain.Regions;

namespace Enrollment.Modules.Regions.Application.Regions;

/// <summary>A node as the region picker lists it.</summary>
/// <param name="Code">12 digits.</param>
/// <param name="Name">Own name.</param>
/// <param name="Level"><c>Province</c>, <c>City</c>, <c>County</c>, <c>Town</c> or <c>Village</c>.</param>
/// <param name="Kind">街道/镇/乡/其他 for towns, 居委会/村委会/其他 for villages, null above.</param>
/// <param name="HasChildren">False at the last level there is.</param>
public sealed record RegionDto(string Code, string Name, string Level, string? Kind, bool HasChildren);

/// <param name="Version">Dataset version, also the response's ETag.</param>
/// <param name="Parent">The node whose children these are; null for the provinces.</param>
/// <param name="Items">Sorted by code.</param>
public sealed record RegionChildrenDto(string Version, RegionDto? Parent, IReadOnlyList<RegionDto> Items);

/// <param name="Version">Dataset version, also the response's ETag.</param>
/// <param name="Region">The node.</param>
/// <param name="FullName">河南省 郑州市 登封市 嵩阳街道.</param>
/// <param name="ParentCode">Null for a province.</param>
/// <param name="Path">From the province down to the node itself.</param>
/// <param name="HomeCountyCode">The home county the answer is for (6 digits).</param>
/// <param name="IsValidLastLevel">Whether an address may stop at this node.</param>
/// <param name="RequiredLevel">The level an address here must reach: <c>Village</c> in the home county, <c>Town</c> elsewhere.</param>
/// <param name="ErrorCode">Null when valid; <c>region.too-shallow</c> otherwise.</param>
/// <param name="Message">Null when valid; the parent-facing message otherwise.</param>
public sealed record RegionDetailsDto(
    string Version,
    RegionDto Region,
    string FullName,
    string? ParentCode,
    IReadOnlyList<RegionDto> Path,
    string HomeCountyCode,
    bool IsValidLastLevel,
    string RequiredLevel,
    string? ErrorCode,
    string? Message);

/// <param name="Code">12 digits.</param>
/// <param name="Name">Own name.</param>
/// <param name="Level">Level name.</param>
/// <param name="Kind">Kind, null above town level.</param>
/// <param name="FullName">Path names, to tell apart equal names in different places.</param>
public sealed record RegionSearchHitDto(string Code, string Name, string Level, string? Kind, string FullName);

/// <param name="Version">Dataset version, also the response's ETag.</param>
/// <param name="Query">The text searched.</param>
/// <param name="Items">Exact names first, then prefixes, then other matches; upper levels first; then by code.</param>
public sealed record RegionSearchDto(string Version, string Query, IReadOnlyList<RegionSearchHitDto> Items);

internal static class RegionMapping
{
    public static RegionDto ToDto(this RegionTree tree, int index)
    {
        var code = tree.CodeAt(index);
        return new RegionDto(RegionCode.Format(code), tree.NameAt(index), tree.LevelAt(index).ToString(), RegionCode.KindOf(code), tree.HasChildren(index));
    }

    public static RegionSummary ToSummary(this RegionTree tree, int index)
    {
        var code = tree.CodeAt(index);
        var parent = tree.ParentAt(index);
        return new RegionSummary(
            RegionCode.Format(code),
            tree.NameAt(index),
            tree.LevelAt(index).ToString(),
            RegionCode.KindOf(code),
            tree.FullNameOf(index),
            parent < 0 ? null : RegionCode.Format(tree.CodeAt(parent)));
    }
}
