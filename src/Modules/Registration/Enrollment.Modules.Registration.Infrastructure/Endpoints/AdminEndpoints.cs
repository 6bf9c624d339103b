using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.Modules.Registration.Application.Articles;
using Enrollment.Modules.Registration.Application.Schools;
using Enrollment.Modules.Registration.Application.Seasons;
using Enrollment.Modules.Registration.Infrastructure.Schools;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Enrollment.Modules.Registration.Application.Articles.DeleteArticle;
using Enrollment.Modules.Registration.Application.Articles.GetArticle;
using Enrollment.Modules.Registration.Application.Articles.ListArticles;
using Enrollment.Modules.Registration.Application.Articles.SaveArticle;
using Enrollment.Modules.Registration.Application.Schools.AddClass;
using Enrollment.Modules.Registration.Application.Schools.DeleteClass;
using Enrollment.Modules.Registration.Application.Schools.DeleteSchool;
using Enrollment.Modules.Registration.Application.Schools.ImportSchools;
using Enrollment.Modules.Registration.Application.Schools.ListSchools;
using Enrollment.Modules.Registration.Application.Schools.SaveSchool;
using Enrollment.Modules.Registration.Application.Seasons.DeleteSeason;
using Enrollment.Modules.Registration.Application.Seasons.GetSeason;
using Enrollment.Modules.Registration.Application.Seasons.ListSeasons;
using Enrollment.Modules.Registration.Application.Seasons.SaveSeason;

namespace Enrollment.Modules.Registration.Infrastructure.Endpoints;

/// <summary>The district admin's configuration: seasons with their policy parameters, schools and classes, 家长必读 articles.</summary>
internal static class AdminEndpoints
{
    /// <summary>The authorization policy of every <c>/api/v1/admin</c> endpoint of this module (role DistrictAdmin).</summary>
    public const string DistrictAdminPolicy = "DistrictAdmin";

    public static void MapAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var seasons = endpoints.MapGroup("/api/v1/admin/seasons").WithTags("Admin: seasons").RequireAuthorization(DistrictAdminPolicy);

        seasons.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListSeasonsQuery(), ct)))
            .WithName("AdminListSeasons").WithSummary("Every season, newest first");
        seasons.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetSeasonQuery(id), ct)))
            .WithName("AdminGetSeason").WithSummary("One season with every policy parameter").ProducesProblem(StatusCodes.Status404NotFound);
        seasons.MapPost("/", async (SeasonRequest request, ISender sender, CancellationToken ct) =>
            {
                var season = await sender.Send(request.ToCommand(null), ct);
                return TypedResults.Created($"/api/v1/admin/seasons/{season.Id}", season);
            })
            .WithName("AdminCreateSeason")
            .WithSummary("Create a season with its policy parameters; the two 社会零星 schools (零班) come with it")
            .AdminCreateSeasonDocs();
        seasons.MapPut("/{id:guid}", async (Guid id, SeasonRequest request, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(request.ToCommand(id), ct)))
            .WithName("AdminUpdateSeason").WithSummary("Replace a season's dates and policy parameters")
            .AdminUpdateSeasonDocs();
        seasons.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteSeasonCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("AdminDeleteSeason").WithSummary("Delete a season that has no applications (else 409 `season.in-use`)")
            .AdminDeleteSeasonDocs();

        var schools = endpoints.MapGroup("/api/v1/admin/schools").WithTags("Admin: schools").RequireAuthorization(DistrictAdminPolicy);

        schools.MapGet("/", async (Guid seasonId, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListSchoolsQuery(null, seasonId), ct)))
            .WithName("AdminListSchools").WithSummary("A season's schools with their classes");
        schools.MapPost("/", async (SchoolRequest request, ISender sender, CancellationToken ct) =>
            {
                var school = await sender.Send(new SaveSchoolCommand(null, request.SeasonId, request.Kind, request.Name, request.SortOrder, request.Classes), ct);
                return TypedResults.Created($"/api/v1/admin/schools/{school.Id}", school);
            })
            .WithName("AdminCreateSchool").WithSummary("Create a school (`Kindergarten` or `Primary`) with its classes")
            .AdminCreateSchoolDocs();
        schools.MapPut("/{id:guid}", async (Guid id, SchoolRequest request, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SaveSchoolCommand(id, request.SeasonId, request.Kind, request.Name, request.SortOrder, null), ct)))
            .WithName("AdminUpdateSchool").WithSummary("Rename or reorder a school (社会零星 schools are fixed: 409 `school.scattered.fixed`)")
            .AdminUpdateSchoolDocs();
        schools.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteSchoolCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("AdminDeleteSchool")
            .WithSummary("Delete a school no student page names (else 409 `school.in-use`); 社会零星 schools are fixed")
            .AdminDeleteSchoolDocs();
        schools.MapPost("/{id:guid}/classes", async (Guid id, ClassRequest request, ISender sender, CancellationToken ct) =>
            {
                var added = await sender.Send(new AddClassCommand(id, request.Name), ct);
                return TypedResults.Created($"/api/v1/schools/{id}/classes", added);
            })
            .WithName("AdminAddClass")
            .WithSummary("Add a class to a school (not to the 社会零星 schools)")
            .AdminAddClassDocs();
        schools.MapDelete("/{id:guid}/classes/{classId:guid}", async (Guid id, Guid classId, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteClassCommand(id, classId), ct);
                return TypedResults.NoContent();
            })
            .WithName("AdminDeleteClass")
            .WithSummary("Delete a class no student page names (else 409 `school.in-use`)")
            .AdminDeleteClassDocs();
        schools.MapPost("/imports", ImportAsync)
            .WithName("AdminImportSchools")
            .WithSummary("Import schools and classes from .xlsx or .csv (columns 学校类型, 学校名称, 班级名称; one class per row)")
            .DisableAntiforgery()
            .AdminImportSchoolsDocs();

        MapArticles(endpoints);
    }

    private static void MapArticles(IEndpointRouteBuilder endpoints)
    {
        var articles = endpoints.MapGroup("/api/v1/admin/articles").WithTags("Admin: articles").RequireAuthorization(DistrictAdminPolicy);

        articles.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListArticlesQuery(), ct)))
            .WithName("AdminListArticles")
            .WithSummary("Every 家长必读 article, published or not, in the order parents see them")
            .AdminListArticlesDocs();
        articles.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetArticleQuery(id), ct)))
            .WithName("AdminGetArticle")
            .WithSummary("One article with its body, published or not")
            .AdminGetArticleDocs();
        articles.MapPost("/", async (ArticleRequest request, ISender sender, CancellationToken ct) =>
            {
                var article = await sender.Send(request.ToCommand(null), ct);
                return TypedResults.Created($"/api/v1/admin/articles/{article.Id}", article);
            })
            .WithName("AdminCreateArticle")
            .WithSummary("Write an article (title ≤ 60 characters, plain-text body ≤ 20,000, paragraphs separated by line breaks)")
            .AdminCreateArticleDocs();
        articles.MapPut("/{id:guid}", async (Guid id, ArticleRequest request, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(request.ToCommand(id), ct)))
            .WithName("AdminUpdateArticle")
            .WithSummary("Replace an article's title, body, order and published state (unpublished: parents get 404)")
            .AdminUpdateArticleDocs();
        articles.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteArticleCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("AdminDeleteArticle")
            .WithSummary("Delete an article")
            .AdminDeleteArticleDocs();
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, ISender sender, IOptions<SchoolImportOptions> options, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var tooLarge = $"文件不能超过{limits.MaxFileBytes / 1024 / 1024}MB";
        // Refused before the form is read (and buffered): the form's other fields are small.
        if (request.ContentLength > limits.MaxFileBytes + (64 * 1024))
        {
            return FileProblem(StatusCodes.Status413PayloadTooLarge, "school.import.too-large", tooLarge);
        }

        if (!request.HasFormContentType)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["请上传.xlsx或.csv文件"] });
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file");
        var errors = new Dictionary<string, string[]>();
        if (!Guid.TryParse(form["seasonId"], out var seasonId))
        {
            errors["seasonId"] = ["请选择招生季"];
        }

        if (file is null || file.Length == 0)
        {
            errors["file"] = ["请上传.xlsx或.csv文件"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (file!.Length > limits.MaxFileBytes)
        {
            return FileProblem(StatusCodes.Status413PayloadTooLarge, "school.import.too-large", tooLarge);
        }

        IReadOnlyList<SchoolImportRow> rows;
        await using (var stream = file.OpenReadStream())
        {
            var parsed = await SchoolImportFile.ReadAsync(stream, limits.Limits, cancellationToken);
            if (parsed.Error is { } error)
            {
                return FileProblem(StatusCodes.Status422UnprocessableEntity, "school.import.unreadable", error);
            }

            rows = parsed.Rows;
        }

        var result = await sender.Send(new ImportSchoolsCommand(seasonId, rows), cancellationToken);
        if (result.Imported)
        {
            return TypedResults.Ok(result);
        }

        return TypedResults.Problem(
            title: "导入文件中有错误，未导入任何数据",
            detail: string.Join("；", result.Errors.Select(e => $"第{e.Row}行：{e.Message}")),
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["code"] = "school.import.invalid", ["rows"] = result.Errors });
    }

    private static ProblemHttpResult FileProblem(int status, string code, string message)
    {
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["file"] = [message] })
        {
            Status = status,
            Title = message,
            Detail = message,
        };
        problem.Extensions["code"] = code;
        return TypedResults.Problem(problem);
    }
}

internal sealed record AgeWindowRequest(int? FullYears, DateOnly? CutOff, DateOnly? EarliestBirthDate, DateOnly? LatestBirthDate);

/// <param name="SocialInsuranceFrom">First month of continuous employee social insurance, `yyyy-MM`.</param>
/// <param name="SocialInsuranceTo">Last month, `yyyy-MM`.</param>
/// <param name="UrbanTownCodes">Towns/streets of the urban area (城区), 9- or 12-digit codes.</param>
/// <param name="OverAgeMayBeConfirmed">False: too old is refused; true: the parent may confirm and the reviewer sees a flag.</param>
/// <param name="DraftReminderDaysBeforeClose">1 to 60: this many days before the season closes, the parent of each application still a draft gets one reminder (WeChat, else SMS); null: none.</param>
internal sealed record SeasonRequest(
    int? Year,
    string? Name,
    string? HomeCountyCode,
    DateTimeOffset? OpensAt,
    DateTimeOffset? ClosesAt,
    AgeWindowRequest? PrimaryEntry,
    AgeWindowRequest? JuniorMiddleEntry,
    bool? OverAgeMayBeConfirmed,
    IReadOnlyList<string>? UrbanTownCodes,
    string? SocialInsuranceFrom,
    string? SocialInsuranceTo,
    DateOnly? ResidencePermitValidOn,
    int? DraftReminderDaysBeforeClose = null)
{
    public SaveSeasonCommand ToCommand(Guid? id) => new(
        id,
        Year,
        Name,
        HomeCountyCode,
        OpensAt,
        ClosesAt,
        PrimaryEntry is { } p ? new AgeWindowInput(p.FullYears, p.CutOff, p.EarliestBirthDate, p.LatestBirthDate) : null,
        JuniorMiddleEntry is { } j ? new AgeWindowInput(j.FullYears, j.CutOff, j.EarliestBirthDate, j.LatestBirthDate) : null,
        OverAgeMayBeConfirmed ?? false,
        UrbanTownCodes,
        SocialInsuranceFrom,
        SocialInsuranceTo,
        ResidencePermitValidOn,
        DraftReminderDaysBeforeClose);
}

/// <param name="Kind">`Kindergarten` (幼儿园) or `Primary` (小学).</param>
internal sealed record SchoolRequest(Guid? SeasonId, string? Kind, string? Name, int? SortOrder, IReadOnlyList<string>? Classes);

internal sealed record ClassRequest(string? Name);

/// <param name="Body">Plain text; paragraphs separated by line breaks.</param>
/// <param name="SortOrder">0–9999, smallest first; 0 when absent.</param>
/// <param name="IsPublished">Visible to parents; false when absent.</param>
internal sealed record ArticleRequest(string? Title, string? Body, int? SortOrder, bool? IsPublished)
{
    public SaveArticleCommand ToCommand(Guid? id) => new(id, Title, Body, SortOrder, IsPublished);
}
