using Mediator;

namespace Enrollment.Modules.Evidence.Contracts.Queries;

/// <summary>
/// For a reviewer: every evidence page (5–11) of a submitted application, in page order, saved, skipped or
/// not answered, with the fields as stored (unmasked: the caller masks what its own caller may not see).
/// Not found (404) as <see cref="GetEvidenceAttachmentsForReviewQuery"/>.
/// </summary>
public sealed record GetEvidencePagesForReviewQuery(Guid ApplicationId, IReadOnlyCollection<Guid>? AllowedSchoolIds) : IQuery<IReadOnlyList<EvidencePageForReview>>;

/// <summary>One evidence page as a reviewer reads it.</summary>
/// <param name="Kind">`property`, `residence-permit`, `employment`, `business`, `preferential-care`, `relocation` or `long-term-residence`.</param>
/// <param name="Page">The wizard's page number, 5–11.</param>
/// <param name="Title">The page's title (房产信息, ...).</param>
/// <param name="State">`Saved`, `Skipped` (「无此信息跳过」) or `NotAnswered`.</param>
/// <param name="Fields">Saved pages only: the fields as the parent's request named them (`holder`, `permitNumber`, `validUntil` as yyyy-MM-dd, ...) plus `regionCode`, `regionName`, `addressDetail` and `community`.</param>
/// <param name="NamedParent">The parent the page names (`Father` or `Mother`: holder, parent, recipient, owner); null when none (relocation) or not saved.</param>
/// <param name="ValidUntil">Page 6 only: the residence permit's last valid day.</param>
public sealed record EvidencePageForReview(
    string Kind,
    int Page,
    string Title,
    string State,
    IReadOnlyDictionary<string, string?>? Fields,
    string? NamedParent,
    DateOnly? ValidUntil,
    DateTimeOffset? SkippedAt,
    DateTimeOffset? UpdatedAt);

/// <summary>
/// For the reviewers' statistics and queue filters: which evidence pages are saved (not skipped) for each of
/// these applications. The caller has already limited the ids to its scope. Applications with no saved page
/// are left out of the answer.
/// </summary>
public sealed record GetSavedEvidenceKindsQuery(IReadOnlyCollection<Guid> ApplicationIds) : IQuery<IReadOnlyDictionary<Guid, IReadOnlyList<string>>>;
