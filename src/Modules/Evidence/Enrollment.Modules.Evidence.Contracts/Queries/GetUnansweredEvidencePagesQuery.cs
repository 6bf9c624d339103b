using Mediator;

namespace Enrollment.Modules.Evidence.Contracts.Queries;

/// <summary>
/// Which of pages 5–11 of an application are neither saved nor skipped (「无此信息跳过」), for the
/// submission gate of the Registration module. The caller has already checked that the application is the
/// parent's own; an application with no evidence at all answers all seven pages.
/// </summary>
public sealed record GetUnansweredEvidencePagesQuery(Guid ApplicationId) : IQuery<UnansweredEvidencePages>;

/// <param name="Pages">The unanswered pages in page order; empty when every page is answered.</param>
public sealed record UnansweredEvidencePages(IReadOnlyList<UnansweredEvidencePage> Pages);

/// <param name="Kind">`property`, `residence-permit`, `employment`, `business`, `preferential-care`, `relocation` or `long-term-residence`.</param>
/// <param name="Page">The wizard's page number, 5–11.</param>
/// <param name="Title">The page's title as the parent reads it (房产信息, ..., 长期居住信息).</param>
public sealed record UnansweredEvidencePage(string Kind, int Page, string Title);
