using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Registration.Application.Articles;
using Enrollment.Modules.Registration.Domain.Articles;
using Enrollment.Modules.Registration.Application.Articles.SaveArticle;

namespace Enrollment.Modules.Registration.Tests.Articles;

public class ArticleTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 8, 0, 0, TimeSpan.FromHours(8));

    public static TheoryData<string, string, string, string, string> BrokenRules => new()
    {
        // title, body, code, field, message
        { "", "正文", "article.title.invalid", "title", "请填写标题" },
        { "   ", "正文", "article.title.invalid", "title", "请填写标题" },
        { new string('标', 61), "正文", "article.title.invalid", "title", "标题不能超过60个字" },
        { "标题", "", "article.body.invalid", "body", "请填写正文" },
        { "标题", " \n\r\n ", "article.body.invalid", "body", "请填写正文" },
        { "标题", new string('文', 20_001), "article.body.invalid", "body", "正文不能超过20000个字" },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void A_broken_rule_names_its_field_and_message(string title, string body, string code, string field, string message)
    {
        var create = Assert.Throws<BusinessRuleValidationException>(() => Article.Create(title, body, 0, false, Now));
        Assert.Equal(code, create.Error.Code);
        Assert.Equal(field, create.Error.Field);
        Assert.Equal(message, create.Error.Message);

        var article = Article.Create("标题", "正文", 0, false, Now);
        var update = Assert.Throws<BusinessRuleValidationException>(() => article.Update(title, body, 0, false, Now));
        Assert.Equal(code, update.Error.Code);
        Assert.Equal("标题", article.Title);
    }

    [Theory]
    [InlineData(60, 20_000)]
    [InlineData(1, 1)]
    public void The_limits_themselves_are_accepted(int titleLength, int bodyLength)
    {
        var article = Article.Create(new string('标', titleLength), new string('文', bodyLength), 0, false, Now);
        Assert.Equal(titleLength, article.Title.Length);
        Assert.Equal(bodyLength, article.Body.Length);
    }

    [Fact]
    public void PublishedAt_is_set_on_the_first_publication_and_kept_afterwards()
    {
        var article = Article.Create("标题", "正文", 0, publish: false, Now);
        Assert.Null(article.PublishedAt);
        Assert.Equal(Now, article.UpdatedAt);
        Assert.Equal(TimeSpan.Zero, article.UpdatedAt.Offset);

        article.Update("标题", "正文", 0, publish: true, Now.AddHours(1));
        Assert.True(article.IsPublished);
        Assert.Equal(Now.AddHours(1), article.PublishedAt);

        article.Update("标题", "正文二", 0, publish: false, Now.AddHours(2));
        article.Update("标题", "正文三", 0, publish: true, Now.AddHours(3));
        Assert.Equal(Now.AddHours(1), article.PublishedAt);
        Assert.Equal(Now.AddHours(3), article.UpdatedAt);
    }

    [Theory]
    [InlineData("第一段\r\n第二段  \r\n\r\n第三段\n", "第一段\n第二段\n\n第三段")]
    [InlineData("\n\n  正文  ", "正文")]
    public void The_body_keeps_its_paragraphs_with_plain_line_breaks(string body, string stored)
    {
        Assert.Equal(stored, Article.Create(" 标题 ", body, 0, false, Now).Body);
    }

    [Theory]
    [InlineData("第一段\n第二段", "第一段 第二段")]
    [InlineData("<b>不是HTML</b>", "<b>不是HTML</b>")]
    public void The_summary_is_one_line(string body, string summary)
    {
        Assert.Equal(summary, Article.Summarize(body));
    }

    [Fact]
    public void A_long_summary_is_cut_at_60_characters()
    {
        var summary = Article.Summarize(new string('文', 100));
        Assert.Equal(61, summary.Length);
        Assert.EndsWith("…", summary, StringComparison.Ordinal);
    }

    public static TheoryData<string?, string?, int?, string, string> Invalid => new()
    {
        { null, "正文", 0, "Title", "请填写标题" },
        { new string('标', 61), "正文", 0, "Title", "标题不能超过60个字" },
        { "标题", "  ", 0, "Body", "请填写正文" },
        { "标题", new string('文', 20_001), 0, "Body", "正文不能超过20000个字" },
        { "标题", "正文", -1, "SortOrder", "排序应在0至9999之间" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void The_validator_answers_in_chinese(string? title, string? body, int? sortOrder, string property, string message)
    {
        var result = new SaveArticleCommandValidator().Validate(new SaveArticleCommand(null, title, body, sortOrder, true));
        var error = Assert.Single(result.Errors);
        Assert.Equal(property, error.PropertyName);
        Assert.Equal(message, error.ErrorMessage);
    }
}
