using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Articles;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Articles;

internal static class ArticleMapping
{
    public static ArticleSummaryDto ToSummaryDto(this Article article) => new(article.Id.Value, article.Title, Article.Summarize(article.Body), article.PublishedAt);

    public static ArticleDto ToDto(this Article article) => new(article.Id.Value, article.Title, article.Body, article.PublishedAt, article.UpdatedAt);

    public static AdminArticleDto ToAdminDto(this Article article) => new(
        article.Id.Value, article.Title, article.Body, Article.Summarize(article.Body), article.SortOrder, article.IsPublished, article.PublishedAt, article.UpdatedAt);
}
