using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Articles.Rules;

public sealed class ArticleBodyMustBeGivenRule(string body) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(body) || body.Length > Article.MaxBodyLength;

    public string Code => "article.body.invalid";

    public string Message => string.IsNullOrWhiteSpace(body) ? "请填写正文" : "正文不能超过20000个字";

    public string? Field => "body";

    public RuleKind Kind => RuleKind.Unprocessable;
}
