using Mediator;

namespace Enrollment.Modules.Evidence.Contracts.Queries;

/// <summary>
/// For a reviewer: the certificate photos of a submitted application, every page, oldest first. Not found
/// (404) when the application is a draft, deleted, or its graduation school is outside
/// <paramref name="AllowedSchoolIds"/> (the caller's data scope; null: every school).
/// </summary>
public sealed record GetEvidenceAttachmentsForReviewQuery(Guid ApplicationId, IReadOnlyCollection<Guid>? AllowedSchoolIds) : IQuery<IReadOnlyList<EvidenceAttachmentInfo>>;

/// <param name="Kind">The page: `property`, `residence-permit`, `employment`, `business`, `preferential-care`, `relocation` or `long-term-residence`.</param>
/// <param name="Page">The wizard's page number, 5–11.</param>
/// <param name="ContentType">`image/jpeg`, `image/png` or `image/webp` (the thumbnail is always `image/jpeg`).</param>
public sealed record EvidenceAttachmentInfo(Guid Id, string Kind, int Page, string ContentType, long Length, int Width, int Height, DateTimeOffset UploadedAt);

/// <summary>
/// For a reviewer: one photo's bytes (or its thumbnail's). Not found (404) as
/// <see cref="GetEvidenceAttachmentsForReviewQuery"/>, or when the application has no such photo.
/// </summary>
public sealed record ReadEvidenceAttachmentQuery(Guid ApplicationId, Guid AttachmentId, bool Thumbnail, IReadOnlyCollection<Guid>? AllowedSchoolIds) : IQuery<EvidenceAttachmentContent>;

public sealed record EvidenceAttachmentContent(byte[] Bytes, string ContentType);
