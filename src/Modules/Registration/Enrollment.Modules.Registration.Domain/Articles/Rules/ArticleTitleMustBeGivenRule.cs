using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Articles.Rules;

public sealed class ArticleTitleMustBeGivenRule(string title) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(title) || title.Length > Article.MaxTitleLength;

    public string Code => "article.title.invalid";

    public string Message => string.IsNullOrWhiteSpace(title) ? "请填写标题" : "标题不能超过60个字";

    public string? Field => "title";

    public RuleKind Kind => RuleKind.Unprocessable;
}
