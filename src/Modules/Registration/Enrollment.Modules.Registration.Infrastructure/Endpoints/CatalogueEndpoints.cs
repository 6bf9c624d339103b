using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.Modules.Registration.Application.Articles;
using Enrollment.Modules.Registration.Application.Schools;
using Enrollment.Modules.Registration.Application.Seasons;
using Enrollment.Modules.Registration.Domain.Applications;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Enrollment.Modules.Registration.Application.Articles.GetPublishedArticle;
using Enrollment.Modules.Registration.Application.Articles.ListPublishedArticles;
using Enrollment.Modules.Registration.Application.Schools.ListClasses;
using Enrollment.Modules.Registration.Application.Schools.ListSchools;
using Enrollment.Modules.Registration.Application.Seasons.GetCurrentSeason;

namespace Enrollment.Modules.Registration.Infrastructure.Endpoints;

/// <summary>What parents read before and while filling in: 家长必读, the current season and the graduation schools.</summary>
internal static class CatalogueEndpoints
{
    public static void MapCatalogueEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/seasons/current", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetCurrentSeasonQuery(), cancellationToken)))
            .WithTags("Seasons")
            .WithName("GetCurrentSeason")
            .WithSummary("The open season (or the next to open): dates, age windows, policy parameters; `isOpen` says whether parents may write now")
            .AllowAnonymous()
            .GetCurrentSeasonDocs();

        var schools = endpoints.MapGroup("/api/v1/schools").WithTags("Schools").AllowAnonymous();

        schools.MapGet("/", ListSchoolsAsync)
            .WithName("ListSchools")
            .WithSummary("Graduation schools of the current season: kindergartens for `KindergartenGraduate`, primary schools for `PrimaryGraduate`; 社会零星幼儿园/社会零星小学 last")
            .ListSchoolsDocs();

        schools.MapGet("/{id:guid}/classes", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListClassesQuery(id), cancellationToken)))
            .WithName("ListClasses")
            .WithSummary("The classes of a graduation school (社会零星: only 零班)")
            .ListClassesDocs();

        var articles = endpoints.MapGroup("/api/v1/articles").WithTags("Articles").AllowAnonymous();

        articles.MapGet("/", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListPublishedArticlesQuery(), cancellationToken)))
            .WithName("ListArticles")
            .WithSummary("家长必读: the published articles (title, one-line summary of the body, publication time), in the admin's order, then newest first")
            .ListArticlesDocs();

        articles.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetPublishedArticleQuery(id), cancellationToken)))
            .WithName("GetArticle")
            .WithSummary("A published article; `body` is plain text with paragraphs separated by `\\n`, to be shown as text")
            .GetArticleDocs();
    }

    private static async Task<Results<Ok<IReadOnlyList<SchoolDto>>, ValidationProblem>> ListSchoolsAsync(string? graduationType, ISender sender, CancellationToken cancellationToken)
    {
        GraduationType? type = null;
        if (!string.IsNullOrEmpty(graduationType))
        {
            if (!Enum.TryParse<GraduationType>(graduationType, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(graduationType, out _))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["graduationType"] = ["请选择毕业类型"] });
            }

            type = parsed;
        }

        return TypedResults.Ok(await sender.Send(new ListSchoolsQuery(type), cancellationToken));
    }
}
