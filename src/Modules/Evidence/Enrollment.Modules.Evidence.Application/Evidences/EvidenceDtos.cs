using Enrollment.Modules.Evidence.Domain.Evidences;

namespace Enrollment.Modules.Evidence.Application.Evidences;

/// <summary>Every evidence page of an application, in page order (5–11).</summary>
public sealed record EvidenceOverviewDto(Guid ApplicationId, int Version, IReadOnlyList<EvidencePageDto> Pages);

/// <summary>
/// One page: <c>state</c> is <c>Saved</c> (with <c>fields</c>), <c>Skipped</c> (「无此信息跳过」, with <c>skippedAt</c>) or <c>NotAnswered</c>.
/// </summary>
/// <param name="Kind">`property`, `residence-permit`, `employment`, `business`, `preferential-care`, `relocation` or `long-term-residence`.</param>
/// <param name="Page">The wizard's page number, 5–11.</param>
/// <param name="Title">The page's title (房产信息, ...).</param>
/// <param name="Fields">The saved fields, as the request named them, plus `regionName`; null unless saved.</param>
public sealed record EvidencePageDto(
    string Kind,
    int Page,
    string Title,
    string State,
    IReadOnlyDictionary<string, object?>? Fields,
    DateTimeOffset? SkippedAt,
    DateTimeOffset? UpdatedAt);

/// <summary>The answer to a save or a skip: the parent's message and the page as stored.</summary>
public sealed record EvidencePageResult(string Message, EvidencePageDto Page, int Version);
