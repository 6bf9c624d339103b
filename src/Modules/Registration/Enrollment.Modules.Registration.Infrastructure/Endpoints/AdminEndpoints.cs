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

    private const string ScatteredFixed = "社会零星幼儿园和社会零星小学由系统维护，只有「零班」，不能修改或删除";

    public static void MapAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var seasons = endpoints.MapGroup("/api/v1/admin/seasons").WithTags("Admin: seasons").RequireAuthorization(DistrictAdminPolicy);
        var seasonExample = new SeasonRequest(
            2024,
            "登封市2024年义务教育新生入学信息采集",
            "410185",
            new DateTimeOffset(2024, 7, 1, 8, 0, 0, TimeSpan.FromHours(8)),
            new DateTimeOffset(2024, 7, 20, 18, 0, 0, TimeSpan.FromHours(8)),
            new AgeWindowRequest(6, new DateOnly(2024, 8, 31), null, null),
            new AgeWindowRequest(null, null, new DateOnly(2011, 9, 1), new DateOnly(2012, 8, 31)),
            true,
            ["410185001", "410185002", "410185003"],
            "2023-07",
            "2024-06",
            new DateOnly(2024, 7, 1));

        seasons.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListSeasonsQuery(), ct)))
            .WithName("AdminListSeasons").WithSummary("Every season, newest first");
        seasons.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetSeasonQuery(id), ct)))
            .WithName("AdminGetSeason").ProducesProblem(StatusCodes.Status404NotFound);
        seasons.MapPost("/", async (SeasonRequest request, ISender sender, CancellationToken ct) =>
            {
                var season = await sender.Send(request.ToCommand(null), ct);
                return TypedResults.Created($"/api/v1/admin/seasons/{season.Id}", season);
            })
            .WithName("AdminCreateSeason")
            .WithSummary("Create a season with its policy parameters; the two 社会零星 schools (零班) come with it")
            .WithDescription("Age windows in either form: `{ \"fullYears\": 6, \"cutOff\": \"2024-08-31\" }` (Henan) or `{ \"earliestBirthDate\": \"2017-09-01\", \"latestBirthDate\": \"2018-08-31\" }`. One open season per county at a time: overlapping windows → 409 `season.overlap`; the same year twice → 409 `season.year.duplicate`.")
            .WithRequestExample(seasonExample)
            .ProducesValidationProblem()
            .WithValidationExample("closesAt", "结束时间应晚于开始时间")
            .WithValidationExample("homeCountyCode", "本县（市、区）代码应为6位数字")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithProblemExample(StatusCodes.Status409Conflict, "season.overlap", "同一县（市、区）同一时间只能有一个开放的招生季，开放时间与已有招生季重叠", "opensAt")
            .WithProblemExample(StatusCodes.Status409Conflict, "season.year.duplicate", "该县（市、区）已有同一年度的招生季", "year");
        seasons.MapPut("/{id:guid}", async (Guid id, SeasonRequest request, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(request.ToCommand(id), ct)))
            .WithName("AdminUpdateSeason").WithSummary("Replace a season's dates and policy parameters")
            .WithDescription("The same body as creating; overlapping windows → 409 `season.overlap`; the year of another season → 409 `season.year.duplicate`.")
            .WithRequestExample(seasonExample)
            .ProducesValidationProblem()
            .WithValidationExample("socialInsuranceTo", "社保截止月份不能早于起始月份")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithProblemExample(StatusCodes.Status409Conflict, "season.overlap", "同一县（市、区）同一时间只能有一个开放的招生季，开放时间与已有招生季重叠", "opensAt")
            .WithProblemExample(StatusCodes.Status409Conflict, "season.year.duplicate", "该县（市、区）已有同一年度的招生季", "year");
        seasons.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteSeasonCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("AdminDeleteSeason").WithSummary("Delete a season that has no applications (else 409 `season.in-use`)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithProblemExample(StatusCodes.Status409Conflict, "season.in-use", "该招生季已有报名信息，不能删除");

        var schools = endpoints.MapGroup("/api/v1/admin/schools").WithTags("Admin: schools").RequireAuthorization(DistrictAdminPolicy);
        var exampleSeasonId = Guid.Parse("0192f1d4-7a00-7000-8000-000000000024");

        schools.MapGet("/", async (Guid seasonId, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListSchoolsQuery(null, seasonId), ct)))
            .WithName("AdminListSchools").WithSummary("A season's schools with their classes");
        schools.MapPost("/", async (SchoolRequest request, ISender sender, CancellationToken ct) =>
            {
                var school = await sender.Send(new SaveSchoolCommand(null, request.SeasonId, request.Kind, request.Name, request.SortOrder, request.Classes), ct);
                return TypedResults.Created($"/api/v1/admin/schools/{school.Id}", school);
            })
            .WithName("AdminCreateSchool").WithSummary("Create a school (`Kindergarten` or `Primary`) with its classes")
            .WithDescription("A name already used in the season (or 社会零星幼儿园/社会零星小学) → 409 `school.name.duplicate`; the same class twice → 409 `school.class.duplicate`; an unknown `seasonId` → 404.")
            .WithRequestExample(new SchoolRequest(exampleSeasonId, "Kindergarten", "登封市嵩阳街道中心幼儿园", 1, ["大一班", "大二班", "大三班"]))
            .ProducesValidationProblem()
            .WithValidationExample("name", "请填写学校名称")
            .WithValidationExample("kind", "学校类型应为幼儿园（Kindergarten）或小学（Primary）")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithProblemExample(StatusCodes.Status409Conflict, "school.name.duplicate", "本季已有同名学校", "name")
            .WithProblemExample(StatusCodes.Status409Conflict, "school.class.duplicate", "该学校已有同名班级", "name");
        schools.MapPut("/{id:guid}", async (Guid id, SchoolRequest request, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SaveSchoolCommand(id, request.SeasonId, request.Kind, request.Name, request.SortOrder, null), ct)))
            .WithName("AdminUpdateSchool").WithSummary("Rename or reorder a school (社会零星 schools are fixed: 409 `school.scattered.fixed`)")
            .WithDescription("Only `name` and `sortOrder` change; `seasonId`, `kind` and `classes` are ignored (classes: `POST /api/v1/admin/schools/{id}/classes`).")
            .WithRequestExample(new SchoolRequest(exampleSeasonId, "Kindergarten", "登封市嵩阳街道中心幼儿园", 2, null))
            .ProducesValidationProblem()
            .WithValidationExample("name", "学校名称不能超过60个字")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithProblemExample(StatusCodes.Status409Conflict, "school.name.duplicate", "本季已有同名学校", "name")
            .WithProblemExample(StatusCodes.Status409Conflict, "school.scattered.fixed", ScatteredFixed);
        schools.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteSchoolCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("AdminDeleteSchool")
            .WithSummary("Delete a school no student page names (else 409 `school.in-use`); 社会零星 schools are fixed")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithProblemExample(StatusCodes.Status409Conflict, "school.in-use", "已有学生信息选择了该学校（班级），不能删除")
            .WithProblemExample(StatusCodes.Status409Conflict, "school.scattered.fixed", ScatteredFixed);
        schools.MapPost("/{id:guid}/classes", async (Guid id, ClassRequest request, ISender sender, CancellationToken ct) =>
            {
                var added = await sender.Send(new AddClassCommand(id, request.Name), ct);
                return TypedResults.Created($"/api/v1/schools/{id}/classes", added);
            })
            .WithName("AdminAddClass")
            .WithSummary("Add a class to a school (not to the 社会零星 schools)")
            .WithRequestExample(new ClassRequest("大四班"))
            .ProducesValidationProblem()
            .WithValidationExample("name", "请填写班级名称")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithProblemExample(StatusCodes.Status409Conflict, "school.class.duplicate", "该学校已有同名班级", "name")
            .WithProblemExample(StatusCodes.Status409Conflict, "school.scattered.fixed", ScatteredFixed);
        schools.MapDelete("/{id:guid}/classes/{classId:guid}", async (Guid id, Guid classId, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteClassCommand(id, classId), ct);
                return TypedResults.NoContent();
            })
            .WithName("AdminDeleteClass")
            .WithSummary("Delete a class no student page names (else 409 `school.in-use`)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithProblemExample(StatusCodes.Status409Conflict, "school.in-use", "已有学生信息选择了该学校（班级），不能删除")
            .WithProblemExample(StatusCodes.Status409Conflict, "school.scattered.fixed", ScatteredFixed);
        schools.MapPost("/imports", ImportAsync)
            .WithName("AdminImportSchools")
            .WithSummary("Import schools and classes from .xlsx or .csv (columns 学校类型, 学校名称, 班级名称; one class per row)")
            .WithDescription("Multipart form: `seasonId` and `file`. Nothing is imported when a row is wrong: 422 `school.import.invalid` with `rows` (row number and message) for each.")
            .DisableAntiforgery()
            .ProducesValidationProblem()
            .WithValidationExample("file", "请上传.xlsx或.csv文件")
            .WithValidationExample("seasonId", "请选择招生季")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "school.import.invalid", "导入文件中有错误，未导入任何数据");

        MapArticles(endpoints);
    }

    private static void MapArticles(IEndpointRouteBuilder endpoints)
    {
        var articles = endpoints.MapGroup("/api/v1/admin/articles").WithTags("Admin: articles").RequireAuthorization(DistrictAdminPolicy);
        var example = new ArticleRequest("常见问题", "问：提示「此学生信息已经登记」怎么办？\n答：说明此学生信息已经采集，请在「毕业生列表」中查看。", 1, true);

        articles.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListArticlesQuery(), ct)))
            .WithName("AdminListArticles")
            .WithSummary("Every 家长必读 article, published or not, in the order parents see them")
            .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录")
            .WithProblemExample(StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作");
        articles.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetArticleQuery(id), ct)))
            .WithName("AdminGetArticle")
            .WithSummary("One article with its body, published or not")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");
        articles.MapPost("/", async (ArticleRequest request, ISender sender, CancellationToken ct) =>
            {
                var article = await sender.Send(request.ToCommand(null), ct);
                return TypedResults.Created($"/api/v1/admin/articles/{article.Id}", article);
            })
            .WithName("AdminCreateArticle")
            .WithSummary("Write an article (title ≤ 60 characters, plain-text body ≤ 20,000, paragraphs separated by line breaks)")
            .WithDescription("The body is shown to parents as text, never as HTML. `isPublished: true` makes it visible at `/api/v1/articles`; `publishedAt` is set on the first publication. Parents see articles by `sortOrder` (0–9999, smallest first), then newest first.")
            .WithRequestExample(example)
            .ProducesValidationProblem()
            .WithValidationExample("title", "请填写标题");
        articles.MapPut("/{id:guid}", async (Guid id, ArticleRequest request, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(request.ToCommand(id), ct)))
            .WithName("AdminUpdateArticle")
            .WithSummary("Replace an article's title, body, order and published state (unpublished: parents get 404)")
            .WithRequestExample(example)
            .ProducesValidationProblem()
            .WithValidationExample("body", "请填写正文")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");
        articles.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteArticleCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("AdminDeleteArticle")
            .WithSummary("Delete an article")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
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
        else if (file.Length > 5 * 1024 * 1024)
        {
            errors["file"] = ["文件不能超过5MB"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        IReadOnlyList<SchoolImportRow> rows;
        await using (var stream = file!.OpenReadStream())
        {
            var parsed = await SchoolImportFile.ReadAsync(stream, file.FileName, cancellationToken);
            if (parsed.Error is { } error)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [error] });
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
}

internal sealed record AgeWindowRequest(int? FullYears, DateOnly? CutOff, DateOnly? EarliestBirthDate, DateOnly? LatestBirthDate);

/// <param name="SocialInsuranceFrom">First month of continuous employee social insurance, `yyyy-MM`.</param>
/// <param name="SocialInsuranceTo">Last month, `yyyy-MM`.</param>
/// <param name="UrbanTownCodes">Towns/streets of the urban area (城区), 9- or 12-digit codes.</param>
/// <param name="OverAgeMayBeConfirmed">False: too old is refused; true: the parent may confirm and the reviewer sees a flag.</param>
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
    DateOnly? ResidencePermitValidOn)
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
        ResidencePermitValidOn);
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
