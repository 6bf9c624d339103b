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
            .SearchRegionsDocs();

        group.MapGet("/{code}", GetAsync)
            .WithName("GetRegion")
            .WithSummary("One region with its path, and whether an address may stop there")
            .GetRegionDocs();

        group.MapGet("/{code}/children", GetChildrenAsync)
            .WithName("GetRegionChildren")
            .WithSummary("The children of a region, sorted by code")
            .GetRegionChildrenDocs();

        endpoints.MapPost("/api/v1/admin/regions/imports", ImportAsync)
            .WithTags("Regions (admin)")
            .WithName("ImportRegions")
            .WithSummary("Import a division file (tsv or tsv.gz)")
            .RequireAuthorization(DistrictAdminPolicy)
            .Accepts<IFormFile>("multipart/form-data", "application/gzip", "application/x-gzip", "text/tab-separated-values", "text/plain", "application/octet-stream")
            .WithRequestExample("multipart/form-data", new { file = "regions-2023.tsv.gz (the file's bytes)" })
            .WithRequestExample("text/tab-separated-values", RegionFileExample)
            .WithRequestExample("text/plain", RegionFileExample)
            .WithRequestExample("application/gzip", "(regions-2023.tsv.gz: the gzip-compressed tsv)")
            .WithRequestExample("application/x-gzip", "(regions-2023.tsv.gz: the gzip-compressed tsv)")
            .WithRequestExample("application/octet-stream", "(a tsv or tsv.gz file's bytes)")
            .ImportRegionsDocs();
    }

    /// <summary>A division file: one line per division, the 12-digit code and the name, tab-separated.</summary>
    private const string RegionFileExample = "410000000000\t河南省\n410100000000\t郑州市\n410185000000\t登封市\n410185001000\t嵩阳街道\n";

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
