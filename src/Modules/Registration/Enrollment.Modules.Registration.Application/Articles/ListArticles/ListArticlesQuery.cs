using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Articles;
using FluentValidation;
using Mediator;
using Mapster;

namespace Enrollment.Modules.Registration.Application.Articles.ListArticles;

/// <summary>Every article, published or not. Admin only.</summary>
public sealed record ListArticlesQuery : IQuery<IReadOnlyList<AdminArticleDto>>;

internal sealed class ListArticlesQueryHandler(IArticleRepository articles) : IQueryHandler<ListArticlesQuery, IReadOnlyList<AdminArticleDto>>
{
    public async ValueTask<IReadOnlyList<AdminArticleDto>> Handle(ListArticlesQuery query, CancellationToken cancellationToken) =>
        [.. (await articles.ListAsync(publishedOnly: false, cancellationToken)).Adapt<List<AdminArticleDto>>(RegistrationMapping.Config)];
}
