using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Articles;
using FluentValidation;
using Mediator;
using Mapster;

namespace Enrollment.Modules.Registration.Application.Articles.GetPublishedArticle;

/// <summary>A published article; an unknown or unpublished one is not found.</summary>
public sealed record GetPublishedArticleQuery(Guid Id) : IQuery<ArticleDto>;

internal sealed class GetPublishedArticleQueryHandler(IArticleRepository articles) : IQueryHandler<GetPublishedArticleQuery, ArticleDto>
{
    public async ValueTask<ArticleDto> Handle(GetPublishedArticleQuery query, CancellationToken cancellationToken)
    {
        var article = await articles.GetAsync(new ArticleId(query.Id), cancellationToken);
        return article is { IsPublished: true } ? article.Adapt<ArticleDto>(RegistrationMapping.Config) : throw new NotFoundException("article", query.Id);
    }
}
