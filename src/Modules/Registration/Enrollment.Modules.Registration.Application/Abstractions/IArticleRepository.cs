using Enrollment.Modules.Registration.Domain.Articles;

namespace Enrollment.Modules.Registration.Application.Abstractions;

public interface IArticleRepository
{
    void Add(Article article);

    void Remove(Article article);

    Task<Article?> GetAsync(ArticleId id, CancellationToken cancellationToken);

    /// <summary>Every article (<paramref name="publishedOnly"/>: only those parents may read), by sort order, then newest publication first.</summary>
    Task<IReadOnlyList<Article>> ListAsync(bool publishedOnly, CancellationToken cancellationToken);
}
