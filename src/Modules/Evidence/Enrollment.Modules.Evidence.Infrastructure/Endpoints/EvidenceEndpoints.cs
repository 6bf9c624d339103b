using System.Security.Claims;
using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Evidence.Application.Evidences;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Enrollment.Modules.Evidence.Infrastructure.Endpoints;

/// <summary>Pages 5–11 of the parent's wizard: <c>/api/v1/applications/{id}/evidence</c>.</summary>
internal static class EvidenceEndpoints
{
    private const string CommonErrors =
        " Errors: field messages (400, `errors` keyed by the field), `evidence.holder.not-guardian` (422: the named parent is not on page 3, 学生父母信息), `region.too-shallow` / `region.unknown` (422, `regionCode`), `season.closed` (422), `application.locked` (409, 已提交). Another family's or a missing application: 404. The evidence's version (0 before the first change) comes as `ETag`; send it back as `If-Match` and a write made on an older version is refused with 412 `concurrency.conflict`.";

    private const string ExampleRegion = "410185001001";

    public static void MapEvidenceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/applications/{id:guid}/evidence")
            .WithTags("Eligibility evidence (parent)")
            .RequireAuthorization(ParentClaims.ParentPolicy)
            .RequireConsentForWrites();

        group.MapGet("/", GetAsync)
            .WithName("GetEvidence")
            .WithSummary("Pages 5–11 of one of my applications: saved fields, skipped (无此信息跳过) or not yet answered")
            .WithDescription("`pages[].state` is `Saved` (with `fields`), `Skipped` (with `skippedAt`) or `NotAnswered`. The `ETag` header is the evidence's version (0 before the first save or skip).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");

        Save<PropertyEvidenceInput>(group, "property", "SavePropertyEvidence", "Save page 5, 房产信息 (property)",
            "`holder` `Father`/`Mother` (must be on page 3); `titleType` `HouseOwnershipCertificate` 房产证, `RealEstateCertificate` 不动产权证, `LandUseCertificate` 土地使用证, `OnlinePurchaseContract` 网签购房合同; `certificateNumber` 产权编号; 房产登记地址 `regionCode` (to the village/community in the home county) + `addressDetail` + `community` 所属小区.",
            new PropertyEvidenceInput("Father", "RealEstateCertificate", "豫(2023)登封市不动产权第0001234号", ExampleRegion, "中岳大街72号秀丽王府花园3号楼2单元101室", "秀丽王府花园"))
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "evidence.holder.not-guardian", "产权人须为学生父母：学生父母信息中未填写父亲的信息，请先填写", "holder");

        Save<ResidencePermitEvidenceInput>(group, "residence-permit", "SaveResidencePermitEvidence", "Save page 6, 居住证信息 (residence permit)",
            "`holder` `Father`/`Mother`; `permitNumber`; 居住地址 (the current address) `regionCode` + `addressDetail`; `validUntil` 有效期限 `yyyy-MM-dd`, which must not be before the season's permit date (or the day of saving when the season sets none): 422 `evidence.residence-permit.expired` on `validUntil`. Only for a parent whose 户口簿地址 (page 3) is outside the home county: 422 `evidence.residence-permit.local-hukou` on `holder`.",
            new ResidencePermitEvidenceInput("Mother", "410185202300012345", ExampleRegion, "少林大道88号", new DateOnly(2026, 12, 31)))
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "evidence.residence-permit.expired", "有效期限：居住证须在2024年7月1日仍在有效期内", "validUntil")
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "evidence.residence-permit.local-hukou", "持证人：户籍在本地的家长无须填写居住证信息，请点击「无此信息跳过」", "holder");

        Save<EmploymentEvidenceInput>(group, "employment", "SaveEmploymentEvidence", "Save page 7, 务工信息 (employment)",
            "`parent` `Father`/`Mother`; `employer` 工作单位; 单位地址 `regionCode` + `addressDetail`; `socialInsuranceNumber` 社保编号 (the continuity check against the bureau's data comes later).",
            new EmploymentEvidenceInput("Father", "登封市某某建材有限公司", ExampleRegion, "中岳大街100号", "4101850012345678"));

        Save<BusinessEvidenceInput>(group, "business", "SaveBusinessEvidence", "Save page 8, 经商信息 (business)",
            "`parent` `Father`/`Mother`; `businessLicence` 营业执照 = the 18-character unified social credit code with its GB 32100 check character (400 on `businessLicence`); 经营地址 `regionCode` + `addressDetail`.",
            new BusinessEvidenceInput("Father", "91512081MA62K0260E", ExampleRegion, "中岳大街66号"))
            .WithValidationExample("businessLicence", "营业执照：统一社会信用代码校验位错误，请核对是否填写有误");

        Save<PreferentialCareEvidenceInput>(group, "preferential-care", "SavePreferentialCareEvidence", "Save page 9, 政策（优抚）照顾信息 (preferential care)",
            "`recipient` `Father`/`Mother` (优抚对象, must be on page 3); `certificateNumber` 优抚证编号; 居住地址 `regionCode` + `addressDetail` + `community`.",
            new PreferentialCareEvidenceInput("Father", "豫优0012345", ExampleRegion, "中岳大街72号", "秀丽王府花园"));

        Save<RelocationEvidenceInput>(group, "relocation", "SaveRelocationEvidence", "Save page 10, 拆迁安置协议信息 (relocation agreement)",
            "The relocated person as on the agreement: `relocatedPersonName`, `relocatedPersonResidentId` (18 characters, GB 11643 check digit: 400); `agreementNumber`; 居住地址 `regionCode` + `addressDetail` + `community`.",
            new RelocationEvidenceInput("张建国", "11010519491231002X", "DF-CQ-2021-0088", ExampleRegion, "嵩阳路安置小区5号楼", "嵩阳安置小区"))
            .WithValidationExample("relocatedPersonResidentId", "被拆迁人身份证号：身份证号校验位错误，请核对是否填写有误");

        Save<LongTermResidenceEvidenceInput>(group, "long-term-residence", "SaveLongTermResidenceEvidence", "Save page 11, 长期居住信息 (long-term residence)",
            "`owner` `Father`/`Mother`; `paymentType` `Water` 水 / `Electricity` 电 / `Gas` 燃气; `accountNumber` 户号; `accountHolderName` 户名, which must be the father's or the mother's name (422 `evidence.account-holder.not-guardian`); 居住地址 `regionCode` + `addressDetail` + `community`.",
            new LongTermResidenceEvidenceInput("Mother", "Electricity", "0301234567", "李娜", ExampleRegion, "中岳大街72号", "秀丽王府花园"))
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "evidence.account-holder.not-guardian", "户主姓名须为学生父亲或母亲的姓名", "accountHolderName");

        group.MapPost("/{kind}/skip", SkipAsync)
            .WithName("SkipEvidence")
            .WithSummary("「无此信息跳过」 on one page (5–11): recorded with its time; replaces what the page held")
            .WithDescription("`kind` ∈ `property`, `residence-permit`, `employment`, `business`, `preferential-care`, `relocation`, `long-term-residence`; any other: 404. A later save replaces the skip. `application.locked` (409), `season.closed` (422).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithProblemExample(StatusCodes.Status409Conflict, "application.locked", "信息已审核通过（已提交），不能再修改或删除")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "season.closed", "登封市2024年义务教育新生入学信息采集已结束");
    }

    private static RouteHandlerBuilder Save<TInput>(RouteGroupBuilder group, string kind, string name, string summary, string description, TInput example)
        where TInput : EvidenceInput =>
        group.MapPut($"/{kind}", async Task<Ok<EvidencePageResult>> (Guid id, TInput request, ClaimsPrincipal user, ISender sender, HttpContext http, CancellationToken cancellationToken) =>
                Answer(http, await sender.Send(new SaveEvidenceCommand(user.ParentAccountId(), id, request, ETags.IfMatch(http)), cancellationToken)))
            .WithName(name)
            .WithSummary(summary)
            .WithDescription(description + CommonErrors)
            .WithRequestExample(example)
            .ProducesValidationProblem()
            .WithValidationExample("regionCode", "请选择居住地址所在地区")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithProblemExample(StatusCodes.Status409Conflict, "application.locked", "信息已审核通过（已提交），不能再修改或删除")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "region.too-shallow", "地址请选择到村（社区）居委会", "regionCode");

    private static async Task<Ok<EvidenceOverviewDto>> GetAsync(Guid id, ClaimsPrincipal user, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var evidence = await sender.Send(new GetEvidenceQuery(user.ParentAccountId(), id), cancellationToken);
        ETags.Set(http, evidence.Version);
        return TypedResults.Ok(evidence);
    }

    private static async Task<Ok<EvidencePageResult>> SkipAsync(Guid id, string kind, ClaimsPrincipal user, ISender sender, HttpContext http, CancellationToken cancellationToken) =>
        Answer(http, await sender.Send(new SkipEvidenceCommand(user.ParentAccountId(), id, kind, ETags.IfMatch(http)), cancellationToken));

    private static Ok<EvidencePageResult> Answer(HttpContext http, EvidencePageResult result)
    {
        ETags.Set(http, result.Version);
        return TypedResults.Ok(result);
    }
}
