using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Articles;
using FluentValidation;
using Mediator;
using Mapster;

namespace Enrollment.Modules.Registration.Application.Articles.SaveArticle;

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
            return article.Adapt<AdminArticleDto>(RegistrationMapping.Config);
        }

        var created = Article.Create(command.Title!, command.Body!, command.SortOrder ?? 0, command.IsPublished ?? false, now);
        articles.Add(created);
        return created.Adapt<AdminArticleDto>(RegistrationMapping.Config);
    }
}
