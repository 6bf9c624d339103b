using Enrollment.Modules.Registration.Application;
using Enrollment.Modules.Registration.Application.Articles;
using Enrollment.Modules.Registration.Application.Schools;
using Enrollment.Modules.Registration.Domain.Articles;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using Mapster;
using Xunit;

namespace Enrollment.Modules.Registration.Tests.Mapping;

public sealed class MappingTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 8, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Every_read_model_member_has_a_source()
    {
        // RequireDestinationMemberSource: Compile() throws when a DTO member is left without a source.
        var config = RegistrationMapping.Config.Clone();
        config.Compile();
        Assert.NotEmpty(config.RuleMap);
    }

    [Fact]
    public void A_config_with_an_unmapped_member_does_not_compile()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.NewConfig<School, SchoolDto>();
        Assert.ThrowsAny<Exception>(() => config.Compile());
    }

    [Fact]
    public void A_school_maps_with_its_classes_and_a_scattered_school_sorts_last()
    {
        var season = new SeasonId(Guid.NewGuid());
        var school = School.Create(season, SchoolKind.Primary, "登封市实验小学", 3, nameTaken: false);
        school.AddClass("一班");
        school.AddClass("二班");
        var scattered = School.CreateScattered(season, SchoolKind.Primary);

        var dto = school.Adapt<SchoolDto>(RegistrationMapping.Config);
        var scatteredDto = scattered.Adapt<SchoolDto>(RegistrationMapping.Config);

        Assert.Equal((school.Id.Value, season.Value, "登封市实验小学", "Primary", 3), (dto.Id, dto.SeasonId, dto.Name, dto.Kind, dto.SortOrder));
        Assert.Equal(["一班", "二班"], dto.Classes.Select(c => c.Name));
        Assert.Equal(school.Classes.Select(c => c.Id), dto.Classes.Select(c => c.Id));
        Assert.True(scatteredDto.IsScattered);
        Assert.Equal(0, scatteredDto.SortOrder);
    }

    [Fact]
    public void An_article_maps_to_its_three_read_models_with_the_summary()
    {
        var article = Article.Create("报名须知", "第一段。\n第二段。", 1, publish: true, Now);

        var summary = article.Adapt<ArticleSummaryDto>(RegistrationMapping.Config);
        var admin = article.Adapt<AdminArticleDto>(RegistrationMapping.Config);
        var parent = article.Adapt<ArticleDto>(RegistrationMapping.Config);

        Assert.Equal((article.Id.Value, "报名须知", Article.Summarize(article.Body)), (summary.Id, summary.Title, summary.Summary));
        Assert.Equal((article.Id.Value, article.Body, 1, true), (admin.Id, admin.Body, admin.SortOrder, admin.IsPublished));
        Assert.Equal((article.Id.Value, article.Body, article.PublishedAt), (parent.Id, parent.Body, parent.PublishedAt));
    }
}
