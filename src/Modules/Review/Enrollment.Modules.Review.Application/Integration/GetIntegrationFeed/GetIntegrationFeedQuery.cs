using Enrollment.BuildingBlocks.Domain.PersonalData;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Review.Application.Applications;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Review.Application.Integration.GetIntegrationFeed;

/// <summary>
/// One page of the integrators' changes feed (ADR-0031): submitted applications after <see cref="Cursor"/> in the
/// order of their last change, each at its latest state, deleted ones as tombstones. Identifiers, phones, certificate
/// numbers and detailed addresses only with <see cref="IncludePersonalData"/> (scope <c>applications:read:pii</c>),
/// masked by the one masking policy otherwise.
/// </summary>
/// <param name="Cursor">The <c>nextCursor</c> of the previous page; null: from the start.</param>
/// <param name="Status">`UnderReview`, `Returned` or `Accepted`.</param>
/// <param name="Limit">1 to <see cref="MaxLimit"/>; null: <see cref="DefaultLimit"/>.</param>
public sealed record GetIntegrationFeedQuery(
    string? Cursor,
    string? Status,
    Guid? Season,
    DateTimeOffset? ChangedSince,
    int? Limit,
    bool IncludePersonalData) : IQuery<IntegrationFeedPage>
{
    public const int DefaultLimit = 100;

    public const int MaxLimit = 500;
}

/// <param name="Items">In the order of the changes; empty when the client has caught up.</param>
/// <param name="NextCursor">To send as <c>cursor</c> for the next page (also after an empty page: it never goes back).</param>
/// <param name="HasMore">True when the page was full: ask again at once; false: caught up, poll later.</param>
public sealed record IntegrationFeedPage(IReadOnlyList<IntegrationFeedItem> Items, string NextCursor, bool HasMore);

/// <summary>
/// One application at its latest change. A tombstone (<see cref="Deleted"/>) carries its id, season and when it was
/// deleted, and no <see cref="Application"/>.
/// </summary>
public sealed record IntegrationFeedItem(Guid Id, Guid SeasonId, bool Deleted, DateTimeOffset ChangedAt, ApplicationDetailsDto? Application);

internal sealed class GetIntegrationFeedQueryValidator : AbstractValidator<GetIntegrationFeedQuery>
{
    private static readonly string[] Statuses = ["UnderReview", "Returned", "Accepted"];

    public GetIntegrationFeedQueryValidator()
    {
        RuleFor(q => q.Cursor).Must(c => c is null || FeedCursor.Decode(c) is not null)
            .WithMessage("cursor 无效：请使用上一页返回的 nextCursor");
        RuleFor(q => q.Status).Must(s => s is null || Statuses.Contains(s, StringComparer.Ordinal))
            .WithMessage("status 应为 UnderReview、Returned 或 Accepted");
        RuleFor(q => q.Limit).InclusiveBetween(1, GetIntegrationFeedQuery.MaxLimit)
            .When(q => q.Limit is not null)
            .WithMessage($"limit 应在1至{GetIntegrationFeedQuery.MaxLimit}之间");
    }
}

internal sealed class GetIntegrationFeedQueryHandler(ISender sender) : IQueryHandler<GetIntegrationFeedQuery, IntegrationFeedPage>
{
    public async ValueTask<IntegrationFeedPage> Handle(GetIntegrationFeedQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var after = FeedCursor.Decode(query.Cursor) ?? 0;
        var limit = query.Limit ?? GetIntegrationFeedQuery.DefaultLimit;
        var page = await sender.Send(new GetApplicationChangesQuery(after, query.Status, query.Season, query.ChangedSince, limit), cancellationToken);
        var disclosure = query.IncludePersonalData ? Disclosure.Full : Disclosure.MaskedWithoutAddresses;
        var items = page.Items
            .Select(c => new IntegrationFeedItem(c.Id, c.SeasonId, c.Deleted, c.ChangedAt, c.Deleted ? null : c.Application?.ToDetails(disclosure)))
            .ToList();
        var hasMore = items.Count == limit;

        // A full page continues after its last item; a short one has seen every position up to the committed head,
        // so the next page starts there (filtered-out changes are not read again). Never behind the cursor.
        var next = hasMore ? page.Items[^1].Position : Math.Max(after, Math.Max(page.Head, page.Items.Count > 0 ? page.Items[^1].Position : 0));
        return new IntegrationFeedPage(items, FeedCursor.Encode(next), hasMore);
    }
}
