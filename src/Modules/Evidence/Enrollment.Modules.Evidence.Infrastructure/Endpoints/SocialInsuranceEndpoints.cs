using System.Security.Cryptography;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Application.SocialInsurance.GetImport;
using Enrollment.Modules.Evidence.Application.SocialInsurance.ListImports;
using Enrollment.Modules.Evidence.Application.SocialInsurance.StartImport;
using Enrollment.Modules.Evidence.Domain.SocialInsurance;
using Enrollment.Modules.Evidence.Domain.SocialInsurance.Rules;
using Enrollment.Modules.Evidence.Infrastructure.SocialInsurance;
using Hangfire;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Enrollment.Modules.Evidence.Infrastructure.Endpoints;

/// <summary>
/// The DistrictAdmin's import of the bureau's payment export: <c>/api/v1/admin/social-insurance/imports</c>.
/// The request checks and keeps the file and answers at once; a Hangfire job reads it (ADR-0021). Descriptions and examples: <see cref="EvidenceExamples"/>.
/// </summary>
internal static class SocialInsuranceEndpoints
{
    public static void MapSocialInsuranceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var imports = endpoints.MapGroup("/api/v1/admin/social-insurance/imports")
            .WithTags("Admin: social insurance")
            .RequireAuthorization(AccessPolicies.DistrictAdmin);

        imports.MapPost("/", UploadAsync)
            .WithName("AdminImportSocialInsurance")
            .WithSummary("Upload the bureau's payment export (.xlsx or .csv, multipart `file`); read in the background")
            .DisableAntiforgery()
            .ImportDocs();

        imports.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListSocialInsuranceImportsQuery(), ct)))
            .WithName("AdminListSocialInsuranceImports")
            .WithSummary("The latest 50 imports, newest first, with their progress")
            .ImportListDocs();

        imports.MapGet("/{importId:guid}", async (Guid importId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetSocialInsuranceImportQuery(importId), ct)))
            .WithName("AdminGetSocialInsuranceImport")
            .WithSummary("An import's progress: status, rows read, accepted, refused (the first 100 with row and reason)")
            .ImportProgressDocs();
    }

    private static async Task<IResult> UploadAsync(
        HttpRequest request,
        ISender sender,
        IEvidenceFileStore files,
        IBackgroundJobClient jobs,
        IOptions<SocialInsuranceOptions> options,
        CancellationToken cancellationToken)
    {
        var file = await FileOfAsync(request, cancellationToken);
        if (file is null || file.Length == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["请上传社保局导出的缴费明细（.xlsx或.csv文件）"] });
        }

        var limits = options.Value;
        Check(new ImportFileMustNotExceedSizeRule(file.Length, limits.MaxFileBytes));
        await using var stream = file.OpenReadStream();
        var inspection = PaymentExportFile.Inspect(stream, limits.MaxUnpackedBytes, limits.MaxRows);
        if (inspection.Problem is { } problem)
        {
            throw SocialInsuranceErrors.Unreadable(problem).ToException();
        }

        stream.Position = 0;
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        stream.Position = 0;
        var importId = Guid.CreateVersion7();
        var key = $"social-insurance/{importId:N}.{inspection.Format}";
        await files.SaveAsync(key, stream, cancellationToken);

        StartedSocialInsuranceImport started;
        try
        {
            started = await sender.Send(new StartSocialInsuranceImportCommand(importId, SafeName(file.FileName), hash, file.Length, inspection.Format!, key), cancellationToken);
        }
        finally
        {
            // An earlier import of the same file keeps its own copy.
            if (!(await ExistsAsync(sender, importId, cancellationToken)))
            {
                await files.DeleteAsync(key, CancellationToken.None);
            }
        }

        if (started.NeedsRun)
        {
            jobs.Enqueue<SocialInsuranceImportJob>(job => job.RunAsync(started.Import.Id, CancellationToken.None));
        }

        var location = $"/api/v1/admin/social-insurance/imports/{started.Import.Id}";
        return started.IsNew ? TypedResults.Accepted(location, started.Import) : TypedResults.Ok(started.Import);
    }

    /// <summary>The form's `file` part; null when the body is no form, or a broken one (no parts, cut short).</summary>
    private static async Task<IFormFile?> FileOfAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return null;
        }

        try
        {
            return (await request.ReadFormAsync(cancellationToken)).Files.GetFile("file");
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            return null;
        }
    }

    private static async Task<bool> ExistsAsync(ISender sender, Guid importId, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new GetSocialInsuranceImportQuery(importId), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    private static void Check(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleValidationException(rule);
        }
    }

    /// <summary>The file's name as shown back to the admin: no folders, at most 200 characters.</summary>
    private static string SafeName(string? name)
    {
        var bare = Path.GetFileName(name ?? string.Empty).Trim();
        return bare.Length == 0 ? "upload" : bare.Length > 200 ? bare[..200] : bare;
    }
}
