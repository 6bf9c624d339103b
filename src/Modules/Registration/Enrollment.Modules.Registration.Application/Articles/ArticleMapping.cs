using Enrollment.Modules.Registration.Domain.Articles;
using Mapster;

namespace Enrollment.Modules.Registration.Application.Articles;

internal sealed class ArticleMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.NewConfig<Article, ArticleSummaryDto>()
            .Map(d => d.Id, s => s.Id.Value)
            .Map(d => d.Summary, s => Article.Summarize(s.Body));
        config.NewConfig<Article, ArticleDto>()
            .Map(d => d.Id, s => s.Id.Value);
        config.NewConfig<Article, AdminArticleDto>()
            .Map(d => d.Id, s => s.Id.Value)
            .Map(d => d.Summary, s => Article.Summarize(s.Body));
    }
}
