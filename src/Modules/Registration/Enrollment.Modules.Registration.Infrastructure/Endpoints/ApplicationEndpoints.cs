using System.Security.Claims;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Registration.Application.Applications;
using Enrollment.Modules.Registration.Application.Applications.GetApplication;
using Enrollment.Modules.Registration.Application.Applications.ListApplications;
using Enrollment.Modules.Registration.Application.Applications.SaveGuardians;
using Enrollment.Modules.Registration.Application.Applications.SaveHousehold;
using Enrollment.Modules.Registration.Application.Applications.SaveStudent;
using Enrollment.Modules.Registration.Application.Applications.StartApplication;
using Enrollment.Modules.Registration.Application.Applications.DeleteApplication;
using Enrollment.Modules.Registration.Application.Applications.Submission;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Infrastructure.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Enrollment.Modules.Registration.Infrastructure.Endpoints;

/// <summary>The parent's wizard: <c>/api/v1/applications</c>.</summary>
internal static class ApplicationEndpoints
{
    public static void MapApplicationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/applications")
            .WithTags("Applications (parent)")
            .RequireAuthorization(ParentClaims.ParentPolicy)
            .RequireConsentForWrites();

        group.MapPost("/", StartAsync)
            .RequireRateLimiting(RateLimits.StartApplication)
            .AddEndpointFilter<IdempotencyFilter>()
            .WithName("StartApplication")
            .WithSummary("Start an application (page 1, 毕业类型)")
            .StartApplicationDocs();

        group.MapGet("/", ListAsync)
            .WithName("ListApplications")
            .WithSummary("My applications (毕业生列表)")
            .ListApplicationsDocs();

        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetApplication")
            .WithSummary("One of my applications, with what is saved and which pages are complete")
            .GetApplicationDocs();

        group.MapPut("/{id:guid}/student", SaveStudentAsync)
            .WithName("SaveStudent")
            .WithSummary("Save the student page (page 2, 学生基本信息)")
            .SaveStudentDocs();

        group.MapPut("/{id:guid}/guardians", SaveGuardiansAsync)
            .WithName("SaveGuardians")
            .WithSummary("Save the parents page (page 3, 学生父母信息)")
            .SaveGuardiansDocs();

        group.MapPut("/{id:guid}/household", SaveHouseholdAsync)
            .WithName("SaveHousehold")
            .WithSummary("Save the household registration page (page 4, 学生户籍信息)")
            .SaveHouseholdDocs();

        group.MapPost("/{id:guid}/submission", SubmitAsync)
            .AddEndpointFilter<IdempotencyFilter>()
            .WithName("SubmitApplication")
            .WithSummary("保存提交: pages 2–4 complete → 审核中 (again after 有误)")
            .SubmitApplicationDocs();

        group.MapDelete("/{id:guid}", DeleteAsync)
            .WithName("DeleteApplication")
            .AllowWithoutConsent() // removing what was collected needs no consent to collect it
            .WithSummary("Delete (Draft, UnderReview, Returned): kept for audit, the child's ID is free again")
            .DeleteApplicationDocs();
    }

    private static async Task<Created<ApplicationDto>> StartAsync(StartApplicationRequest request, ClaimsPrincipal user, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        GraduationType? graduationType = Enum.TryParse<GraduationType>(request.GraduationType, ignoreCase: false, out var parsed)
            && Enum.IsDefined(parsed) && !int.TryParse(request.GraduationType, out _)
            ? parsed
            : null;
        var application = await sender.Send(new StartApplicationCommand(user.ParentAccountId(), graduationType), cancellationToken);
        ETags.Set(http, application.Version);
        return TypedResults.Created($"/api/v1/applications/{application.Id}", application);
    }

    private static async Task<Ok<IReadOnlyList<ApplicationSummaryDto>>> ListAsync(ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListApplicationsQuery(user.ParentAccountId()), cancellationToken));

    private static async Task<Ok<ApplicationDto>> GetAsync(Guid id, ClaimsPrincipal user, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var application = await sender.Send(new GetApplicationQuery(user.ParentAccountId(), id), cancellationToken);
        ETags.Set(http, application.Version);
        return TypedResults.Ok(application);
    }

    private static async Task<Ok<SaveStudentResult>> SaveStudentAsync(Guid id, SaveStudentRequest request, ClaimsPrincipal user, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new SaveStudentCommand(
                user.ParentAccountId(), id, request.Name, request.ResidentId, request.FormerName, request.EthnicityCode,
                request.GraduationSchoolId, request.GraduationClassId, request.BirthCertificateNumber, request.ConfirmOverAge ?? false,
                ETags.IfMatch(http)),
            cancellationToken);
        ETags.Set(http, result.Application.Version);
        return TypedResults.Ok(result);
    }

    private static async Task<Ok<SaveGuardiansResult>> SaveGuardiansAsync(Guid id, SaveGuardiansRequest request, ClaimsPrincipal user, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SaveGuardiansCommand(user.ParentAccountId(), id, request.Father, request.Mother, ETags.IfMatch(http)), cancellationToken);
        ETags.Set(http, result.Application.Version);
        return TypedResults.Ok(result);
    }

    private static async Task<Ok<SaveHouseholdResult>> SaveHouseholdAsync(Guid id, SaveHouseholdRequest request, ClaimsPrincipal user, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new SaveHouseholdCommand(
                user.ParentAccountId(), id, request.Type, request.RegionCode, request.AddressDetail, request.Community,
                request.Householder, request.GuardianOnSameBooklet, ETags.IfMatch(http)),
            cancellationToken);
        ETags.Set(http, result.Application.Version);
        return TypedResults.Ok(result);
    }

    private static async Task<Ok<SubmitApplicationResult>> SubmitAsync(Guid id, ClaimsPrincipal user, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SubmitApplicationCommand(user.ParentAccountId(), id, ETags.IfMatch(http)), cancellationToken);
        ETags.Set(http, result.Application.Version);
        return TypedResults.Ok(result);
    }

    private static async Task<NoContent> DeleteAsync(Guid id, ClaimsPrincipal user, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteApplicationCommand(user.ParentAccountId(), id, ETags.IfMatch(http)), cancellationToken);
        return TypedResults.NoContent();
    }
}

/// <param name="GraduationType">`KindergartenGraduate` or `PrimaryGraduate`.</param>
internal sealed record StartApplicationRequest(string? GraduationType);

/// <param name="Name">姓名, 2–30 Chinese characters, 「·」 allowed.</param>
/// <param name="ResidentId">身份证号, 18 characters; a lower-case x is accepted.</param>
/// <param name="FormerName">曾用名, only when on the household booklet.</param>
/// <param name="EthnicityCode">民族, GB/T 3304 code: `01` 汉族 … `56` 基诺族.</param>
/// <param name="GraduationSchoolId">毕业学校, from `GET /api/v1/schools?graduationType=`.</param>
/// <param name="GraduationClassId">毕业班级, from `GET /api/v1/schools/{id}/classes`.</param>
/// <param name="BirthCertificateNumber">出生证编号: one letter + digits, without the printed `*`.</param>
/// <param name="ConfirmOverAge">The parent confirms a birth date older than the window (only where the season allows it).</param>
internal sealed record SaveStudentRequest(
    string? Name,
    string? ResidentId,
    string? FormerName = null,
    string? EthnicityCode = null,
    Guid? GraduationSchoolId = null,
    Guid? GraduationClassId = null,
    string? BirthCertificateNumber = null,
    bool? ConfirmOverAge = null);

internal sealed record SaveGuardiansRequest(GuardianInput? Father, GuardianInput? Mother);

/// <param name="Type">`Family` (家庭户) or `Collective` (集体户).</param>
/// <param name="RegionCode">户口簿登记地址 region, 12 digits.</param>
/// <param name="AddressDetail">The rest of the address, e.g. 中岳大街72号.</param>
/// <param name="Community">所属小区.</param>
/// <param name="GuardianOnSameBooklet">Collective hukou: `Father` or `Mother` when on the student's booklet.</param>
internal sealed record SaveHouseholdRequest(
    string? Type,
    string? RegionCode,
    string? AddressDetail,
    string? Community,
    HouseholderInput? Householder,
    string? GuardianOnSameBooklet);
