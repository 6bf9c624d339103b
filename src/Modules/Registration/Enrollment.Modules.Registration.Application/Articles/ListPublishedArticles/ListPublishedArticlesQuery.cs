using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Articles;
using FluentValidation;
using Mediator;
using Mapster;

namespace Enrollment.Modules.Registration.Application.Articles.ListPublishedArticles;

/// <summary>家长必读: the published articles, by sort order, then newest first.</summary>
public sealed record ListPublishedArticlesQuery : IQuery<IReadOnlyList<ArticleSummaryDto>>;

internal sealed class ListPublishedArticlesQueryHandler(IArticleRepository articles) : IQueryHandler<ListPublishedArticlesQuery, IReadOnlyList<ArticleSummaryDto>>
{
    public async ValueTask<IReadOnlyList<ArticleSummaryDto>> Handle(ListPublishedArticlesQuery query, CancellationToken cancellationToken) =>
        [.. (await articles.ListAsync(publishedOnly: true, cancellationToken)).Adapt<List<ArticleSummaryDto>>(RegistrationMapping.Config)];
}
