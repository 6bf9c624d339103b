using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Articles;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Articles;

/// <summary>One line of 家长必读: the summary is the body's first characters on one line.</summary>
public sealed record ArticleSummaryDto(Guid Id, string Title, string Summary, DateTimeOffset? PublishedAt);

/// <summary>A published article as parents read it; <see cref="Body"/> is plain text, paragraphs separated by <c>\n</c>.</summary>
public sealed record ArticleDto(Guid Id, string Title, string Body, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt);

/// <summary>An article as the district admin edits it.</summary>
public sealed record AdminArticleDto(Guid Id, string Title, string Body, string Summary, int SortOrder, bool IsPublished, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt);

internal static class ArticleMapping
{
    public static ArticleSummaryDto ToSummaryDto(this Article article) => new(article.Id.Value, article.Title, Article.Summarize(article.Body), article.PublishedAt);

    public static ArticleDto ToDto(this Article article) => new(article.Id.Value, article.Title, article.Body, article.PublishedAt, article.UpdatedAt);

    public static AdminArticleDto ToAdminDto(this Article article) => new(
        article.Id.Value, article.Title, article.Body, Article.Summarize(article.Body), article.SortOrder, article.IsPublished, article.PublishedAt, article.UpdatedAt);
}

/// <summary>家长必读: the published articles, by sort order, then newest first.</summary>
public sealed record ListPublishedArticlesQuery : IQuery<IReadOnlyList<ArticleSummaryDto>>;

internal sealed class ListPublishedArticlesQueryHandler(IArticleRepository articles) : IQueryHandler<ListPublishedArticlesQuery, IReadOnlyList<ArticleSummaryDto>>
{
    public async ValueTask<IReadOnlyList<ArticleSummaryDto>> Handle(ListPublishedArticlesQuery query, CancellationToken cancellationToken) =>
        [.. (await articles.ListAsync(publishedOnly: true, cancellationToken)).Select(a => a.ToSummaryDto())];
}

/// <summary>A published article; an unknown or unpublished one is not found.</summary>
public sealed record GetPublishedArticleQuery(Guid Id) : IQuery<ArticleDto>;

internal sealed class GetPublishedArticleQueryHandler(IArticleRepository articles) : IQueryHandler<GetPublishedArticleQuery, ArticleDto>
{
    public async ValueTask<ArticleDto> Handle(GetPublishedArticleQuery query, CancellationToken cancellationToken)
    {
        var article = await articles.GetAsync(new ArticleId(query.Id), cancellationToken);
        return article is { IsPublished: true } ? article.ToDto() : throw new NotFoundException("article", query.Id);
    }
}

/// <summary>Every article, published or not. Admin only.</summary>
public sealed record ListArticlesQuery : IQuery<IReadOnlyList<AdminArticleDto>>;

internal sealed class ListArticlesQueryHandler(IArticleRepository articles) : IQueryHandler<ListArticlesQuery, IReadOnlyList<AdminArticleDto>>
{
    public async ValueTask<IReadOnlyList<AdminArticleDto>> Handle(ListArticlesQuery query, CancellationToken cancellationToken) =>
        [.. (await articles.ListAsync(publishedOnly: false, cancellationToken)).Select(a => a.ToAdminDto())];
}

public sealed record GetArticleQuery(Guid Id) : IQuery<AdminArticleDto>;

internal sealed class GetArticleQueryHandler(IArticleRepository articles) : IQueryHandler<GetArticleQuery, AdminArticleDto>
{
    public async ValueTask<AdminArticleDto> Handle(GetArticleQuery query, CancellationToken cancellationToken) =>
        (await articles.GetAsync(new ArticleId(query.Id), cancellationToken) ?? throw new NotFoundException("article", query.Id)).ToAdminDto();
}

/// <summary>Creates an article (<see cref="Id"/> null) or replaces one. Admin only.</summary>
public sealed record SaveArticleCommand(Guid? Id, string? Title, string? Body, int? SortOrder, bool? IsPublished) : ICommand<AdminArticleDto>;

internal sealed class SaveArticleCommandValidator : AbstractValidator<SaveArticleCommand>
{
    public SaveArticleCommandValidator()
    {
        RuleFor(c => c.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("请填写标题")
            .Must(t => t!.Trim().Length <= Article.MaxTitleLength).WithMessage("标题不能超过60个字").When(c => !string.IsNullOrWhiteSpace(c.Title), ApplyConditionTo.CurrentValidator);
        RuleFor(c => c.Body).Must(b => !string.IsNullOrWhiteSpace(b)).WithMessage("请填写正文")
            .Must(b => Article.NormalizeBody(b).Length <= Article.MaxBodyLength).WithMessage("正文不能超过20000个字").When(c => !string.IsNullOrWhiteSpace(c.Body), ApplyConditionTo.CurrentValidator);
        RuleFor(c => c.SortOrder).InclusiveBetween(0, 9999).WithMessage("排序应在0至9999之间");
    }
}

internal sealed class SaveArticleCommandHandler(IArticleRepository articles, TimeProvider clock) : ICommandHandler<SaveArticleCommand, AdminArticleDto>
{
    public async ValueTask<AdminArticleDto> Handle(SaveArticleCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (command.Id is { } id)
        {
            var article = await articles.GetAsync(new ArticleId(id), cancellationToken) ?? throw new NotFoundException("article", id);
            article.Update(command.Title!, command.Body!, command.SortOrder ?? article.SortOrder, command.IsPublished ?? article.IsPublished, now);
            return article.ToAdminDto();
        }

        var created = Article.Create(command.Title!, command.Body!, command.SortOrder ?? 0, command.IsPublished ?? false, now);
        articles.Add(created);
        return created.ToAdminDto();
    }
}

public sealed record DeleteArticleCommand(Guid Id) : ICommand;

internal sealed class DeleteArticleCommandHandler(IArticleRepository articles) : ICommandHandler<DeleteArticleCommand>
{
    public async ValueTask<Unit> Handle(DeleteArticleCommand command, CancellationToken cancellationToken)
    {
        var article = await articles.GetAsync(new ArticleId(command.Id), cancellationToken) ?? throw new NotFoundException("article", command.Id);
        articles.Remove(article);
        return Unit.Value;
    }
}
