using Mediator;

namespace Enrollment.Modules.Regions.Contracts.Queries;

/// <summary>One region by its code (12 digits; shorter codes are zero-padded on the right); null when unknown.</summary>
public sealed record GetRegionQuery(string Code) : IQuery<RegionSummary?>;

/// <summary>A node of the administrative-division tree.</summary>
/// <param name="Code">12-digit statistical code, e.g. <c>410185001000</c>.</param>
/// <param name="Name">Own name, e.g. 嵩阳街道.</param>
/// <param name="Level"><c>Province</c>, <c>City</c>, <c>County</c>, <c>Town</c> or <c>Village</c>.</param>
/// <param name="Kind">For towns 街道/镇/乡 (or 其他 for codes 400+), for villages 居委会/村委会 (or 其他); null above town level.</param>
/// <param name="FullName">Names from the province down, separated by spaces: 河南省 郑州市 登封市 嵩阳街道.</param>
/// <param name="ParentCode">The parent's 12-digit code; null for a province.</param>
public sealed record RegionSummary(string Code, string Name, string Level, string? Kind, string FullName, string? ParentCode);
