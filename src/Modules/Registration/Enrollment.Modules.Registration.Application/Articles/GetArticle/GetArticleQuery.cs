using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Articles;
using FluentValidation;
using Mediator;
using Mapster;

namespace Enrollment.Modules.Registration.Application.Articles.GetArticle;

public sealed record GetArticleQuery(Guid Id) : IQuery<AdminArticleDto>;

internal sealed class GetArticleQueryHandler(IArticleRepository articles) : IQueryHandler<GetArticleQuery, AdminArticleDto>
{
    public async ValueTask<AdminArticleDto> Handle(GetArticleQuery query, CancellationToken cancellationToken) =>
        (await articles.GetAsync(new ArticleId(query.Id), cancellationToken) ?? throw new NotFoundException("article", query.Id)).Adapt<AdminArticleDto>(RegistrationMapping.Config);
}
