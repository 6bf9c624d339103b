using System.Security.Claims;
using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Registration.Application.Applications;
using Enrollment.Modules.Registration.Application.Applications.GetApplication;
using Enrollment.Modules.Registration.Application.Applications.SaveStudent;
using Enrollment.Modules.Registration.Application.Applications.StartApplication;
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
    public static void MapApplicationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/applications")
            .WithTags("Applications (parent)")
            .RequireAuthorization(ParentClaims.ParentPolicy);

        group.MapPost("/", StartAsync)
            .WithName("StartApplication")
            .WithSummary("Start an application (page 1, 毕业类型)")
            .WithDescription("Starts a draft in the open season. `graduationType` is `KindergartenGraduate` (→ primary grade 1) or `PrimaryGraduate` (→ junior middle grade 7).")
            .WithRequestExample(new StartApplicationRequest("KindergartenGraduate"))
            .ProducesValidationProblem()
            .WithValidationExample("graduationType", "请选择毕业类型")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "season.closed", "登封市2024年义务教育新生入学信息采集已结束")
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "season.none", "当前没有开放的信息采集，请关注教育局通知");

        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetApplication")
            .WithSummary("One of my applications, with what is saved")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");

        group.MapPut("/{id:guid}/student", SaveStudentAsync)
            .WithName("SaveStudent")
            .WithSummary("Save the student page (page 2, 学生基本信息)")
            .WithDescription("Gender and birth date are derived from the resident ID. Errors: `student.id.invalid` (400 field message), `student.id.duplicate` (409 此学生信息已经登记), `student.age.too-young` / `student.age.too-old` (422), `season.closed` (422).")
            .WithRequestExample(new SaveStudentRequest("王小雨", "11010519491231002X"))
            .ProducesValidationProblem()
            .WithValidationExample("residentId", "身份证号校验位错误，请核对是否填写有误")
            .WithValidationExample("name", "姓名应为2至30个汉字，少数民族姓名中间可用“·”分隔")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithProblemExample(StatusCodes.Status409Conflict, "student.id.duplicate", "此学生信息已经登记", "residentId")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "student.age.too-young", "学生年龄不足，无须采集", "residentId")
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "student.age.too-old", "学生年龄超过上学年龄，请确认是否填写有误", "residentId")
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "season.closed", "登封市2024年义务教育新生入学信息采集已结束");
    }

    private static async Task<Created<ApplicationDto>> StartAsync(StartApplicationRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken)
    {
        GraduationType? graduationType = Enum.TryParse<GraduationType>(request.GraduationType, ignoreCase: false, out var parsed)
            && Enum.IsDefined(parsed) && !int.TryParse(request.GraduationType, out _)
            ? parsed
            : null;
        var application = await sender.Send(new StartApplicationCommand(user.ParentAccountId(), graduationType), cancellationToken);
        return TypedResults.Created($"/api/v1/applications/{application.Id}", application);
    }

    private static async Task<Ok<ApplicationDto>> GetAsync(Guid id, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetApplicationQuery(user.ParentAccountId(), id), cancellationToken));

    private static async Task<Ok<SaveStudentResult>> SaveStudentAsync(Guid id, SaveStudentRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SaveStudentCommand(user.ParentAccountId(), id, request.Name, request.ResidentId), cancellationToken));
}

/// <param name="GraduationType">`KindergartenGraduate` or `PrimaryGraduate`.</param>
internal sealed record StartApplicationRequest(string? GraduationType);

/// <param name="Name">姓名, 2–30 Chinese characters, 「·」 allowed.</param>
/// <param name="ResidentId">身份证号, 18 characters; a lower-case x is accepted.</param>
internal sealed record SaveStudentRequest(string? Name, string? ResidentId);
