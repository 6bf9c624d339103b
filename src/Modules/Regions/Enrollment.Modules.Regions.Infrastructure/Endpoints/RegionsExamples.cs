using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.Modules.Regions.Application.Regions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Enrollment.Modules.Regions.Infrastructure.Endpoints;

/// <summary>The OpenAPI descriptions, request examples and problem examples of the Regions module's endpoints, one method per endpoint.</summary>
internal static class RegionsExamples
{
    public static RouteHandlerBuilder SearchRegionsDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("`q`: text to find (1–30 characters); exact names first, then names starting with it, then names containing it; upper levels first, then by code. `limit`: 1–50 (default 20). `within`: only under this region (e.g. `410185` for 登封市). Without `q`: the provinces, as `GET /api/v1/regions/000000000000/children`. ETag = dataset version; 304 on If-None-Match.")
        .Produces<RegionSearchDto>()
        .Produces<RegionChildrenDto>()
        .Produces(StatusCodes.Status304NotModified)
        .ProducesValidationProblem()
        .WithValidationExample("q", "请输入要查找的名称")
        .WithValidationExample("limit", "limit 应在 1 到 50 之间")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");

    public static RouteHandlerBuilder GetRegionDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("`code`: 12 digits (2, 4, 6 or 9 digits are padded with zeros). `homeCounty`: the season's home county, 6 digits (default from configuration `Regions:HomeCountyCode`, 410185 登封市). In the home county an address must reach the village or community committee (村委会/居委会), elsewhere at least the town or street (乡镇/街道); `isValidLastLevel`, `errorCode` (`region.too-shallow`) and `message` say so.")
        .Produces(StatusCodes.Status304NotModified)
        .ProducesValidationProblem()
        .WithValidationExample("code", "区划代码应为 2、4、6、9 或 12 位数字")
        .WithValidationExample("homeCounty", "本地区县代码应为 6 位县级区划代码")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");

    public static RouteHandlerBuilder GetRegionChildrenDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("`000000000000` lists the provinces. A region at the last level answers an empty list.")
        .Produces(StatusCodes.Status304NotModified)
        .ProducesValidationProblem()
        .WithValidationExample("code", "区划代码应为 2、4、6、9 或 12 位数字")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");

    public static RouteHandlerBuilder ImportRegionsDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("Body: the file itself (`application/gzip`, `text/tab-separated-values`, `application/octet-stream`) or `multipart/form-data` with a `file` part. Format: `data/regions/README.md` — one `12-digit code<TAB>name` per line, sorted by code, every parent in the file or already imported. All or nothing: a malformed or truncated file answers 422 `regions.import.malformed` naming the line, and nothing is written. Repeatable: existing codes with the same name are left alone, renamed ones updated, nothing is deleted. District admins only.")
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "regions.import.malformed", "第 1207 行：行不完整，没有换行符结尾（文件被截断？）", "file");
}
