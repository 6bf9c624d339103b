using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.Modules.Evidence.Application.Evidences.SaveEvidence;
using Enrollment.Modules.Evidence.Application.SocialInsurance.GetImport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Enrollment.Modules.Evidence.Infrastructure.Endpoints;

/// <summary>The Evidence module's OpenAPI descriptions, request examples and problem examples, per endpoint.</summary>
internal static class EvidenceExamples
{
    private const string ExampleRegion = "410185001001";

    private const string CommonErrors =
        " Errors: field messages (400, `errors` keyed by the field), `evidence.holder.not-guardian` (422: the named parent is not on page 3, 学生父母信息), `region.too-shallow` / `region.unknown` (422, `regionCode`), `season.closed` (422), `application.locked` (409, 已提交). Another family's or a missing application: 404. The evidence's version (0 before the first change) comes as `ETag`; send it back as `If-Match` and a write made on an older version is refused with 412 `concurrency.conflict`.";

    public static RouteHandlerBuilder GetEvidenceDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("`pages[].state` is `Saved` (with `fields`), `Skipped` (with `skippedAt`) or `NotAnswered`. The `ETag` header is the evidence's version (0 before the first save or skip).")
        .NotFound();

    public static RouteHandlerBuilder PropertyDocs(this RouteHandlerBuilder builder) => builder
        .SaveDocs(
            "`holder` `Father`/`Mother` (must be on page 3); `titleType` `HouseOwnershipCertificate` 房产证, `RealEstateCertificate` 不动产权证, `LandUseCertificate` 土地使用证, `OnlinePurchaseContract` 网签购房合同; `certificateNumber` 产权编号; 房产登记地址 `regionCode` (to the village/community in the home county) + `addressDetail` + `community` 所属小区.",
            new PropertyEvidenceInput("Father", "RealEstateCertificate", "豫(2023)登封市不动产权第0001234号", ExampleRegion, "中岳大街72号秀丽王府花园3号楼2单元101室", "秀丽王府花园"))
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "evidence.holder.not-guardian", "产权人须为学生父母：学生父母信息中未填写父亲的信息，请先填写", "holder");

    public static RouteHandlerBuilder ResidencePermitDocs(this RouteHandlerBuilder builder) => builder
        .SaveDocs(
            "`holder` `Father`/`Mother`; `permitNumber`; 居住地址 (the current address) `regionCode` + `addressDetail`; `validUntil` 有效期限 `yyyy-MM-dd`, which must not be before the season's permit date (or the day of saving when the season sets none): 422 `evidence.residence-permit.expired` on `validUntil`. Only for a parent whose 户口簿地址 (page 3) is outside the home county: 422 `evidence.residence-permit.local-hukou` on `holder`.",
            new ResidencePermitEvidenceInput("Mother", "410185202300012345", ExampleRegion, "少林大道88号", new DateOnly(2026, 12, 31)))
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "evidence.residence-permit.expired", "有效期限：居住证须在2024年7月1日仍在有效期内", "validUntil")
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "evidence.residence-permit.local-hukou", "持证人：户籍在本地的家长无须填写居住证信息，请点击「无此信息跳过」", "holder");

    public static RouteHandlerBuilder EmploymentDocs(this RouteHandlerBuilder builder) => builder
        .SaveDocs(
            "`parent` `Father`/`Mother`; `employer` 工作单位; 单位地址 `regionCode` + `addressDetail`; `socialInsuranceNumber` 社保编号. Once saved, a background job checks the named parent's employee insurance (职工) over the season's months against the bureau's imported data; reviewers read the outcome.",
            new EmploymentEvidenceInput("Father", "登封市某某建材有限公司", ExampleRegion, "中岳大街100号", "4101850012345678"));

    public static RouteHandlerBuilder BusinessDocs(this RouteHandlerBuilder builder) => builder
        .SaveDocs(
            "`parent` `Father`/`Mother`; `businessLicence` 营业执照 = the 18-character unified social credit code with its GB 32100 check character (400 on `businessLicence`); 经营地址 `regionCode` + `addressDetail`.",
            new BusinessEvidenceInput("Father", "91512081MA62K0260E", ExampleRegion, "中岳大街66号"))
        .WithValidationExample("businessLicence", "营业执照：统一社会信用代码校验位错误，请核对是否填写有误");

    public static RouteHandlerBuilder PreferentialCareDocs(this RouteHandlerBuilder builder) => builder
        .SaveDocs(
            "`recipient` `Father`/`Mother` (优抚对象, must be on page 3); `certificateNumber` 优抚证编号; 居住地址 `regionCode` + `addressDetail` + `community`.",
            new PreferentialCareEvidenceInput("Father", "豫优0012345", ExampleRegion, "中岳大街72号", "秀丽王府花园"));

    public static RouteHandlerBuilder RelocationDocs(this RouteHandlerBuilder builder) => builder
        .SaveDocs(
            "The relocated person as on the agreement: `relocatedPersonName`, `relocatedPersonResidentId` (18 characters, GB 11643 check digit: 400); `agreementNumber`; 居住地址 `regionCode` + `addressDetail` + `community`.",
            new RelocationEvidenceInput("张建国", "11010519491231002X", "DF-CQ-2021-0088", ExampleRegion, "嵩阳路安置小区5号楼", "嵩阳安置小区"))
        .WithValidationExample("relocatedPersonResidentId", "被拆迁人身份证号：身份证号校验位错误，请核对是否填写有误");

    public static RouteHandlerBuilder LongTermResidenceDocs(this RouteHandlerBuilder builder) => builder
        .SaveDocs(
            "`owner` `Father`/`Mother`; `paymentType` `Water` 水 / `Electricity` 电 / `Gas` 燃气; `accountNumber` 户号; `accountHolderName` 户名, which must be the father's or the mother's name (422 `evidence.account-holder.not-guardian`); 居住地址 `regionCode` + `addressDetail` + `community`.",
            new LongTermResidenceEvidenceInput("Mother", "Electricity", "0301234567", "李娜", ExampleRegion, "中岳大街72号", "秀丽王府花园"))
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "evidence.account-holder.not-guardian", "户主姓名须为学生父亲或母亲的姓名", "accountHolderName");

    public static RouteHandlerBuilder SkipDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("`kind` ∈ `property`, `residence-permit`, `employment`, `business`, `preferential-care`, `relocation`, `long-term-residence`; any other: 404. A later save replaces the skip. `application.locked` (409), `season.closed` (422).")
        .NotFound()
        .Locked()
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .SeasonClosed();

    public static RouteHandlerBuilder AddAttachmentDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("Multipart form with one `file` part. JPEG, PNG or WebP, recognised by the file's bytes (not its name or content type): anything else 422 `evidence.attachment.not-an-image`; over 10 MB 422 `evidence.attachment.too-large`; a picture that does not decode (or over 40 megapixels) 422 `evidence.attachment.unreadable`; the 7th photo of a page 409 `evidence.attachment.too-many`. The picture is decoded and encoded again, turned upright, so that EXIF (GPS position, camera) is gone; a JPEG thumbnail of at most 320 pixels is made for lists. `kind` as for the pages; another family's or a missing application 404.")
        .Accepts<IFormFile>("multipart/form-data")
        .Produces<Application.Attachments.AttachmentDto>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .WithValidationExample("file", "请选择要上传的照片")
        .NotFound()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "evidence.attachment.too-many", "房产信息最多上传6张照片，请先删除不需要的照片")
        .WithProblemExample(StatusCodes.Status409Conflict, "application.locked", "信息已审核通过（已提交），不能再修改或删除")
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "evidence.attachment.not-an-image", "请上传JPG、PNG或WebP格式的照片", "file")
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "evidence.attachment.too-large", "照片不能超过10MB", "file")
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "evidence.attachment.unreadable", "照片无法读取，请重新拍照上传", "file")
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "season.closed", "登封市2024年义务教育新生入学信息采集已结束");

    public static RouteHandlerBuilder ReadAttachmentDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("The stored picture (`image/jpeg`, `image/png` or `image/webp`), or with `?thumbnail=true` its JPEG thumbnail; `Cache-Control: private, no-store`. Only the owning parent, and reviewers whose scope holds the application's graduation school once it is submitted; anyone else 404.")
        .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
        .NotFound();

    public static RouteHandlerBuilder DeleteAttachmentDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("Deletes the photo and its thumbnail from the file store. Unknown photo 404; `application.locked` (409), `season.closed` (422).")
        .NotFound()
        .Locked()
        .SeasonClosed();

    public static RouteHandlerBuilder ImportDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("Multipart form with `file`: the bureau's payment export, .xlsx or .csv (UTF-8 or GB18030), recognised by its bytes. "
            + "Header row (any order): 身份证号, 姓名, 险种类型 (职工 / 居民), 缴费月份 (2024-03, 202403, 2024年3月 ...), 单位名称 (optional); one paid month per row. "
            + "The file is checked (size, a real workbook or text, no compressed bomb, the header's columns) and kept, then read by a background job: "
            + "202 Accepted with `Location` and the import (status `Queued`); follow it at `GET .../imports/{id}`. The same file uploaded again (same SHA-256) is the same import: 200 with it, nothing read twice. "
            + "Records are unique by (resident ID, month, type). When the import completes, the social-insurance period check runs again for every application with a 务工 or 经商 page.")
        .Produces<SocialInsuranceImportDto>(StatusCodes.Status202Accepted)
        .Produces<SocialInsuranceImportDto>(StatusCodes.Status200OK)
        .ProducesValidationProblem()
        .WithValidationExample("file", "请上传社保局导出的缴费明细（.xlsx或.csv文件）")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "social-insurance.import.duplicate", "同一文件正在导入，请稍后刷新查看进度")
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "social-insurance.import.unreadable", "文件不是有效的Excel(.xlsx)文件", "file")
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "social-insurance.import.too-large", "文件不能超过20MB，请按月份拆分后分别导入", "file")
        .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录")
        .WithProblemExample(StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作");

    public static RouteHandlerBuilder ImportProgressDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("`status` `Queued`, `Running`, `Completed` or `Failed` (`failure` says why: more rows than the cap, a file damaged half-way). "
            + "`rowsRead`, `accepted` (of which `newRecords` were not on record before), `refused`; `refusals` lists the first 100 with the spreadsheet `row` (the header is row 1) and the `reason`.")
        .NotFound()
        .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录")
        .WithProblemExample(StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作");

    public static RouteHandlerBuilder NotFound(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");

    public static RouteHandlerBuilder Locked(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "application.locked", "信息已审核通过（已提交），不能再修改或删除");

    public static RouteHandlerBuilder SeasonClosed(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "season.closed", "登封市2024年义务教育新生入学信息采集已结束");

    private static RouteHandlerBuilder SaveDocs<TInput>(this RouteHandlerBuilder builder, string description, TInput example)
        where TInput : EvidenceInput => builder
        .WithDescription(description + CommonErrors)
        .WithRequestExample(example)
        .ProducesValidationProblem()
        .WithValidationExample("regionCode", "请选择居住地址所在地区")
        .NotFound()
        .Locked()
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "region.too-shallow", "地址请选择到村（社区）居委会", "regionCode");
}
