using System.Security.Claims;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Registration.Application.Applications;
using Enrollment.Modules.Registration.Application.Applications.GetApplication;
using Enrollment.Modules.Registration.Application.Applications.SaveGuardians;
using Enrollment.Modules.Registration.Application.Applications.SaveHousehold;
using Enrollment.Modules.Registration.Application.Applications.SaveStudent;
using Enrollment.Modules.Registration.Application.Applications.StartApplication;
using Enrollment.Modules.Registration.Application.Applications.Submission;
using Enrollment.Modules.Registration.Domain.Applications;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Enrollment.Modules.Registration.Infrastructure.Endpoints;

/// <summary>The parent's wizard: <c>/api/v1/applications</c>.</summary>
internal static class ApplicationEndpoints
{
    private const string ConcurrencyNote = " Answers carry the application's version as `ETag`; send it back as `If-Match` and a write made on an older version is refused with 412 `concurrency.conflict`.";

    public static void MapApplicationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/applications")
            .WithTags("Applications (parent)")
            .RequireAuthorization(ParentClaims.ParentPolicy)
            .RequireConsentForWrites();

        group.MapPost("/", StartAsync)
            .RequireRateLimiting(RateLimits.StartApplication)
            .WithName("StartApplication")
            .WithSummary("Start an application (page 1, 毕业类型)")
            .WithDescription("Starts a draft in the open season. `graduationType` is `KindergartenGraduate` (→ primary grade 1) or `PrimaryGraduate` (→ junior middle grade 7). Outside the season's dates: 422 `season.closed`.")
            .WithRequestExample(new StartApplicationRequest("KindergartenGraduate"))
            .ProducesValidationProblem()
            .WithValidationExample("graduationType", "请选择毕业类型")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "season.closed", "登封市2024年义务教育新生入学信息采集已结束")
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "season.none", "当前没有开放的信息采集，请关注教育局通知");

        group.MapGet("/", ListAsync)
            .WithName("ListApplications")
            .WithSummary("My applications (毕业生列表)")
            .WithDescription("Student name, graduation type, status in the guide's words (填写中/审核中/有误/已提交), last change, and the reviewer's reasons when returned.");

        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetApplication")
            .WithSummary("One of my applications, with what is saved and which pages are complete")
            .WithDescription("The `ETag` header is the application's version." + ConcurrencyNote)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");

        group.MapPut("/{id:guid}/student", SaveStudentAsync)
            .WithName("SaveStudent")
            .WithSummary("Save the student page (page 2, 学生基本信息)")
            .WithDescription("Gender and birth date are derived from the resident ID. Errors: field messages (400), `student.id.duplicate` (409 此学生信息已经登记), `student.age.too-young` / `student.age.too-old` (422; when the season allows it, resend with `confirmOverAge: true` and the reviewer sees the flag), `student.school.invalid` / `student.class.invalid` (422), `season.closed` (422), `application.locked` (409)." + ConcurrencyNote)
            .WithRequestExample(new SaveStudentRequest("王小雨", "11010519491231002X", EthnicityCode: "01", GraduationSchoolId: Guid.Parse("0192f1d4-7a00-7000-8000-0000000000a1"), GraduationClassId: Guid.Parse("0192f1d4-7a00-7000-8000-0000000000c1"), BirthCertificateNumber: "O410012345"))
            .ProducesValidationProblem()
            .WithValidationExample("residentId", "身份证号校验位错误，请核对是否填写有误")
            .WithValidationExample("name", "姓名应为2至30个汉字，少数民族姓名中间可用“·”分隔")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithProblemExample(StatusCodes.Status409Conflict, "student.id.duplicate", "此学生信息已经登记", "residentId")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "student.age.too-young", "学生年龄不足，无须采集", "residentId")
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "student.age.too-old", "学生年龄超过上学年龄，请确认是否填写有误", "residentId")
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "season.closed", "登封市2024年义务教育新生入学信息采集已结束");

        group.MapPut("/{id:guid}/guardians", SaveGuardiansAsync)
            .WithName("SaveGuardians")
            .WithSummary("Save the parents page (page 3, 学生父母信息)")
            .WithRequestExample(new SaveGuardiansRequest(new GuardianInput("张伟", "11010519491231002X", "13838012345", "410185001001", "中岳大街72号"), null))
            .WithDescription("`father` and/or `mother`; at least one complete (422 `guardians.required` 学生父母信息至少填写父母一方的信息). 户口簿地址: `regionCode` to the last level (422 `region.too-shallow` / `region.unknown`) + `addressDetail`. Other codes: `guardian.id.same-as-student`, `guardian.id.duplicate`." + ConcurrencyNote)
            .ProducesValidationProblem()
            .WithValidationExample("father.mobile", "手机号应为11位数字，以13至19开头")
            .WithValidationExample("mother.addressDetail", "请填写户口簿地址")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithProblemExample(StatusCodes.Status409Conflict, "application.locked", "信息已审核通过（已提交），不能再修改或删除")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "guardians.required", "学生父母信息至少填写父母一方的信息", "guardians")
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "guardian.id.same-as-student", "家长身份证号不能与学生身份证号相同", "father.residentId")
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "guardian.id.duplicate", "父亲和母亲的身份证号不能相同", "mother.residentId")
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "region.too-shallow", "地址请选择到村（社区）居委会", "father.regionCode")
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "region.unknown", "请选择有效的地址区划", "mother.regionCode")
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "season.closed", "登封市2024年义务教育新生入学信息采集已结束");

        group.MapPut("/{id:guid}/household", SaveHouseholdAsync)
            .WithName("SaveHousehold")
            .WithSummary("Save the household registration page (page 4, 学生户籍信息)")
            .WithDescription("`type` `Family` (家庭户) or `Collective` (集体户); a home-county hukou must reach the village/community (422 `region.too-shallow`); a collective hukou with `guardianOnSameBooklet` needs that parent saved on page 3 (422 `household.guardian.missing`) and as householder (422 `household.householder.not-guardian`). `householder.relation` is the student's relation to the householder: 本人, 子, 女, 孙子, 孙女, 外孙子, 外孙女, 侄子, 侄女, 外甥, 外甥女, 兄弟, 姐妹 or 其他." + ConcurrencyNote)
            .WithRequestExample(new SaveHouseholdRequest("Family", "410185001001", "中岳大街72号", "秀丽王府花园", new HouseholderInput("张伟", "11010519491231002X", "子"), null))
            .ProducesValidationProblem()
            .WithValidationExample("type", "请选择户口类型（家庭户或集体户）")
            .WithValidationExample("householder.relation", "请选择与户主关系")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithProblemExample(StatusCodes.Status409Conflict, "application.locked", "信息已审核通过（已提交），不能再修改或删除")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "region.too-shallow", "地址请选择到村（社区）居委会", "regionCode")
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "region.unknown", "请选择有效的地址区划", "regionCode")
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "household.guardian.missing", "请先在学生父母信息中填写与学生同一户口簿的家长", "guardianOnSameBooklet")
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "household.householder.not-guardian", "集体户口且学生与父母一方在同一户口簿上时，户主应为该家长，请填写该家长的姓名和身份证号", "householder.residentId")
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "season.closed", "登封市2024年义务教育新生入学信息采集已结束");

        group.MapPost("/{id:guid}/submission", SubmitAsync)
            .WithName("SubmitApplication")
            .WithSummary("保存提交: pages 2–4 complete → 审核中 (again after 有误)")
            .WithDescription("422 `application.incomplete` names the missing pages (2–4); 422 `application.evidence-unanswered` names the evidence pages (5–11) neither saved nor skipped (「无此信息跳过」); 409 `application.locked` once accepted; 422 `season.closed` outside the season's dates." + ConcurrencyNote)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithProblemExample(StatusCodes.Status409Conflict, "application.locked", "信息已审核通过（已提交），不能再修改或删除")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "application.incomplete", "请先完成：学生父母信息、学生户籍信息")
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "application.evidence-unanswered", "请填写或跳过：长期居住信息")
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "season.closed", "登封市2024年义务教育新生入学信息采集已结束");

        group.MapDelete("/{id:guid}", DeleteAsync)
            .WithName("DeleteApplication")
            .AllowWithoutConsent() // removing what was collected needs no consent to collect it
            .WithSummary("Delete (Draft, UnderReview, Returned): kept for audit, the child's ID is free again")
            .WithDescription("409 `application.locked` once accepted; 422 `season.closed` outside the season's dates." + ConcurrencyNote)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithProblemExample(StatusCodes.Status409Conflict, "application.locked", "信息已审核通过（已提交），不能再修改或删除")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "season.closed", "登封市2024年义务教育新生入学信息采集已结束");
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
