using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.Modules.Regions.Application.Importing;
using Enrollment.Modules.Regions.Application.Importing.ImportRegions;
using Enrollment.Modules.Regions.Application.Regions;
using Enrollment.Modules.Regions.Application.Regions.GetRegionChildren;
using Enrollment.Modules.Regions.Application.Regions.GetRegionDetails;
using Enrollment.Modules.Regions.Application.Regions.SearchRegions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Enrollment.Modules.Regions.Infrastructure.Endpoints;

/// <summary>
/// The region picker (<c>/api/v1/regions</c>, public reference data, anonymous) and the admin import
/// (<c>/api/v1/admin/regions/imports</c>, district admins). Read answers carry the dataset version as
/// ETag and honour If-None-Match with 304.
/// </summary>
internal static class RegionEndpoints
{
    public const string DistrictAdminPolicy = "DistrictAdmin";

    public static void MapRegionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/regions")
            .WithTags("Regions (region picker)")
            .AllowAnonymous();

        group.MapGet("/", SearchAsync)
            .WithName("SearchRegions")
            .WithSummary("Search regions by name, or list the provinces")
            .WithDescription("`q`: text to find (1–30 characters); exact names first, then names starting with it, then names containing it; upper levels first, then by code. `limit`: 1–50 (default 20). `within`: only under this region (e.g. `410185` for 登封市). Without `q`: the provinces, as `GET /api/v1/regions/000000000000/children`. ETag = dataset version; 304 on If-None-Match.")
            .Produces<RegionSearchDto>()
            .Produces<RegionChildrenDto>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .WithValidationExample("q", "请输入要查找的名称")
            .WithValidationExample("limit", "limit 应在 1 到 50 之间")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");

        group.MapGet("/{code}", GetAsync)
            .WithName("GetRegion")
            .WithSummary("One region with its path, and whether an address may stop there")
            .WithDescription("`code`: 12 digits (2, 4, 6 or 9 digits are padded with zeros). `homeCounty`: the season's home county, 6 digits (default from configuration `Regions:HomeCountyCode`, 410185 登封市). In the home county an address must reach the village or community committee (村委会/居委会), elsewhere at least the town or street (乡镇/街道); `isValidLastLevel`, `errorCode` (`region.too-shallow`) and `message` say so.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .WithValidationExample("code", "区划代码应为 2、4、6、9 或 12 位数字")
            .WithValidationExample("homeCounty", "本地区县代码应为 6 位县级区划代码")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");

        group.MapGet("/{code}/children", GetChildrenAsync)
            .WithName("GetRegionChildren")
            .WithSummary("The children of a region, sorted by code")
            .WithDescription("`000000000000` lists the provinces. A region at the last level answers an empty list.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .WithValidationExample("code", "区划代码应为 2、4、6、9 或 12 位数字")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");

        endpoints.MapPost("/api/v1/admin/regions/imports", ImportAsync)
            .WithTags("Regions (admin)")
            .WithName("ImportRegions")
            .WithSummary("Import a division file (tsv or tsv.gz)")
            .WithDescription("Body: the file itself (`application/gzip`, `text/tab-separated-values`, `application/octet-stream`) or `multipart/form-data` with a `file` part. Format: `data/regions/README.md` — one `12-digit code<TAB>name` per line, sorted by code, every parent in the file or already imported. All or nothing: a malformed or truncated file answers 422 `regions.import.malformed` naming the line, and nothing is written. Repeatable: existing codes with the same name are left alone, renamed ones updated, nothing is deleted. District admins only.")
            .RequireAuthorization(DistrictAdminPolicy)
            .Accepts<IFormFile>("multipart/form-data", "application/gzip", "application/x-gzip", "text/tab-separated-values", "text/plain", "application/octet-stream")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "regions.import.malformed", "第 1207 行：行不完整，没有换行符结尾（文件被截断？）", "file");
    }

    private static async Task<IResult> SearchAsync(HttpContext http, string? q, int? limit, string? within, ISender sender, IOptions<RegionsOptions> options, CancellationToken cancellationToken)
    {
        if (q is null && limit is null && within is null)
        {
            var provinces = await sender.Send(new GetRegionChildrenQuery(null), cancellationToken);
            return Cached(http, options.Value, provinces.Version, provinces);
        }

        var found = await sender.Send(new SearchRegionsQuery(q, limit ?? SearchRegionsQuery.DefaultLimit, within), cancellationToken);
        return Cached(http, options.Value, found.Version, found);
    }

    private static async Task<IResult> GetAsync(HttpContext http, string code, string? homeCounty, ISender sender, IOptions<RegionsOptions> options, CancellationToken cancellationToken)
    {
        var region = await sender.Send(new GetRegionDetailsQuery(code, homeCounty ?? options.Value.HomeCountyCode), cancellationToken);
        return Cached(http, options.Value, region.Version, region);
    }

    private static async Task<IResult> GetChildrenAsync(HttpContext http, string code, ISender sender, IOptions<RegionsOptions> options, CancellationToken cancellationToken)
    {
        var children = await sender.Send(new GetRegionChildrenQuery(code), cancellationToken);
        return Cached(http, options.Value, children.Version, children);
    }

    private static async Task<Ok<RegionImportResult>> ImportAsync(HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault()
                ?? throw MalformedRegionFile.At(0, "请上传区划文件（表单字段 file）");
            await using var content = file.OpenReadStream();
            return TypedResults.Ok(await sender.Send(new ImportRegionsCommand(content, file.FileName), cancellationToken));
        }

        return TypedResults.Ok(await sender.Send(new ImportRegionsCommand(request.Body, "upload"), cancellationToken));
    }

    // The data change only by import: the dataset version is a strong validator for every answer.
    private static IResult Cached<T>(HttpContext http, RegionsOptions options, string version, T body)
    {
        var etag = new EntityTagHeaderValue($"\"{version}\"");
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(options.CacheMaxAgeSeconds) };
        var ifNoneMatch = http.Request.GetTypedHeaders().IfNoneMatch;
        return ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false))
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(body);
    }
}
