using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Abstractions;
using Enrollment.Modules.Registration.Domain.Articles;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Registration.Application.Articles.DeleteArticle;

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
