using Enrollment.Modules.Registration.Infrastructure.Idempotency;
using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.Modules.Registration.Application.Applications.SaveGuardians;
using Enrollment.Modules.Registration.Application.Applications.SaveHousehold;
using Enrollment.Modules.Registration.Domain.Applications;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Enrollment.Modules.Registration.Infrastructure.Endpoints;

/// <summary>The OpenAPI descriptions, request examples and problem examples of the Registration module's endpoints, one method per endpoint.</summary>
internal static class RegistrationExamples
{
    private const string ConcurrencyNote = " Answers carry the application's version as `ETag`; send it back as `If-Match` and a write made on an older version is refused with 412 `concurrency.conflict`.";

    private static readonly SeasonRequest SeasonExample = new SeasonRequest(
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
        new DateOnly(2024, 7, 1),
        5);
    private static readonly Guid ExampleSeasonId = Guid.Parse("0192f1d4-7a00-7000-8000-000000000024");
    private static readonly ArticleRequest ArticleExample = new ArticleRequest("常见问题", "问：提示「此学生信息已经登记」怎么办？\n答：说明此学生信息已经采集，请在「毕业生列表」中查看。", 1, true);
    public const string ScatteredFixed = "社会零星幼儿园和社会零星小学由系统维护，只有「零班」，不能修改或删除";

    public static RouteHandlerBuilder AdminCreateSeasonDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("Age windows in either form: `{ \"fullYears\": 6, \"cutOff\": \"2024-08-31\" }` (Henan) or `{ \"earliestBirthDate\": \"2017-09-01\", \"latestBirthDate\": \"2018-08-31\" }`. One open season per county at a time: overlapping windows → 409 `season.overlap`; the same year twice → 409 `season.year.duplicate`.")
        .WithRequestExample(SeasonExample)
        .ProducesValidationProblem()
        .WithValidationExample("closesAt", "结束时间应晚于开始时间")
        .WithValidationExample("homeCountyCode", "本县（市、区）代码应为6位数字")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "season.overlap", "同一县（市、区）同一时间只能有一个开放的招生季，开放时间与已有招生季重叠", "opensAt")
        .WithProblemExample(StatusCodes.Status409Conflict, "season.year.duplicate", "该县（市、区）已有同一年度的招生季", "year");

    public static RouteHandlerBuilder AdminUpdateSeasonDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("The same body as creating; overlapping windows → 409 `season.overlap`; the year of another season → 409 `season.year.duplicate`.")
        .WithRequestExample(SeasonExample)
        .ProducesValidationProblem()
        .WithValidationExample("socialInsuranceTo", "社保截止月份不能早于起始月份")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "season.overlap", "同一县（市、区）同一时间只能有一个开放的招生季，开放时间与已有招生季重叠", "opensAt")
        .WithProblemExample(StatusCodes.Status409Conflict, "season.year.duplicate", "该县（市、区）已有同一年度的招生季", "year");

    public static RouteHandlerBuilder AdminDeleteSeasonDocs(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "season.in-use", "该招生季已有报名信息，不能删除");

    public static RouteHandlerBuilder AdminCreateSchoolDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("A name already used in the season (or 社会零星幼儿园/社会零星小学) → 409 `school.name.duplicate`; the same class twice → 409 `school.class.duplicate`; an unknown `seasonId` → 404.")
        .WithRequestExample(new SchoolRequest(ExampleSeasonId, "Kindergarten", "登封市嵩阳街道中心幼儿园", 1, ["大一班", "大二班", "大三班"]))
        .ProducesValidationProblem()
        .WithValidationExample("name", "请填写学校名称")
        .WithValidationExample("kind", "学校类型应为幼儿园（Kindergarten）或小学（Primary）")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "school.name.duplicate", "本季已有同名学校", "name")
        .WithProblemExample(StatusCodes.Status409Conflict, "school.class.duplicate", "该学校已有同名班级", "name");

    public static RouteHandlerBuilder AdminUpdateSchoolDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("Only `name` and `sortOrder` change; `seasonId`, `kind` and `classes` are ignored (classes: `POST /api/v1/admin/schools/{id}/classes`).")
        .WithRequestExample(new SchoolRequest(ExampleSeasonId, "Kindergarten", "登封市嵩阳街道中心幼儿园", 2, null))
        .ProducesValidationProblem()
        .WithValidationExample("name", "学校名称不能超过60个字")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "school.name.duplicate", "本季已有同名学校", "name")
        .WithProblemExample(StatusCodes.Status409Conflict, "school.scattered.fixed", ScatteredFixed);

    public static RouteHandlerBuilder AdminDeleteSchoolDocs(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "school.in-use", "已有学生信息选择了该学校（班级），不能删除")
        .WithProblemExample(StatusCodes.Status409Conflict, "school.scattered.fixed", ScatteredFixed);

    public static RouteHandlerBuilder AdminAddClassDocs(this RouteHandlerBuilder builder) => builder
        .WithRequestExample(new ClassRequest("大四班"))
        .ProducesValidationProblem()
        .WithValidationExample("name", "请填写班级名称")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "school.class.duplicate", "该学校已有同名班级", "name")
        .WithProblemExample(StatusCodes.Status409Conflict, "school.scattered.fixed", ScatteredFixed);

    public static RouteHandlerBuilder AdminDeleteClassDocs(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "school.in-use", "已有学生信息选择了该学校（班级），不能删除")
        .WithProblemExample(StatusCodes.Status409Conflict, "school.scattered.fixed", ScatteredFixed);

    public static RouteHandlerBuilder AdminImportSchoolsDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("Multipart form: `seasonId` and `file` (.xlsx or .csv, recognised by its bytes). Nothing is imported when a row is wrong: 422 `school.import.invalid` with `rows` (row number and message) for each. Over `Registration:SchoolImport:MaxFileBytes` (5 MB): 413 `school.import.too-large`, before the form is read. A file that is not a readable table, an .xlsx that unpacks to more than `MaxUnpackedBytes` or more than 100 : 1, more than `MaxRows` rows, 32 columns or `MaxCellChars` characters in a cell: 422 `school.import.unreadable` with the reason on `file`.")
        .ProducesValidationProblem()
        .WithValidationExample("file", "请上传.xlsx或.csv文件")
        .WithValidationExample("seasonId", "请选择招生季")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .WithProblemExample(StatusCodes.Status413PayloadTooLarge, "school.import.too-large", "文件不能超过5MB", "file")
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "school.import.invalid", "导入文件中有错误，未导入任何数据")
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "school.import.unreadable", "文件解压后过大（疑似压缩炸弹），请导出普通的.xlsx或.csv文件后上传", "file");

    public static RouteHandlerBuilder AdminListArticlesDocs(this RouteHandlerBuilder builder) => builder
        .WithProblemExample(StatusCodes.Status401Unauthorized, "auth.required", "请先登录")
        .WithProblemExample(StatusCodes.Status403Forbidden, "auth.forbidden", "没有权限执行此操作");

    public static RouteHandlerBuilder AdminGetArticleDocs(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");

    public static RouteHandlerBuilder AdminCreateArticleDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("The body is shown to parents as text, never as HTML. `isPublished: true` makes it visible at `/api/v1/articles`; `publishedAt` is set on the first publication. Parents see articles by `sortOrder` (0–9999, smallest first), then newest first.")
        .WithRequestExample(ArticleExample)
        .ProducesValidationProblem()
        .WithValidationExample("title", "请填写标题");

    public static RouteHandlerBuilder AdminUpdateArticleDocs(this RouteHandlerBuilder builder) => builder
        .WithRequestExample(ArticleExample)
        .ProducesValidationProblem()
        .WithValidationExample("body", "请填写正文")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");

    public static RouteHandlerBuilder AdminDeleteArticleDocs(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");

    private const string IdempotencyNote =
        "Optional. A key the client makes once per intended request (a UUID) and sends again on every retry of it: the same key with the same request returns the first successful answer (status, body, `Location`, `ETag`, plus `Idempotency-Replayed: true`) without acting again; with a different request 422 `idempotency.key.reused`; while the first is still running 409 `idempotency.in-progress` (`Retry-After: 1`). A failed request frees its key. Keys are per parent and kept `Registration:Idempotency:Retention` (24 h).";

    public static RouteHandlerBuilder StartApplicationDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("Starts a draft in the open season. `graduationType` is `KindergartenGraduate` (→ primary grade 1) or `PrimaryGraduate` (→ junior middle grade 7). Outside the season's dates: 422 `season.closed`. A parent holding `Registration:Limits:MaxOpenDraftsPerParent` (5) drafts already: 409 `application.drafts.too-many`. Send `Idempotency-Key` so that a retry after a lost answer returns the first draft instead of a second one.")
        .WithRequestExample(new StartApplicationRequest("KindergartenGraduate"))
        .ProducesValidationProblem()
        .WithValidationExample("graduationType", "请选择毕业类型")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "application.drafts.too-many", "最多同时保留5份填写中的信息，请先完成或删除已有的填写中信息")
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .WithHeaderParameter(IdempotencyFilter.HeaderName, IdempotencyNote, "3f0c2b8e-6a51-4f7d-9c1e-2d4b5a6c7e8f", IdempotencyRecord.MaxKeyLength)
        .WithProblemExample(StatusCodes.Status400BadRequest, "validation.failed", IdempotencyFilter.InvalidMessage, IdempotencyFilter.HeaderName)
        .WithProblemExample(StatusCodes.Status409Conflict, IdempotencyFilter.InProgressCode, IdempotencyFilter.InProgressMessage, IdempotencyFilter.HeaderName)
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, IdempotencyFilter.ReusedCode, IdempotencyFilter.ReusedMessage, IdempotencyFilter.HeaderName)
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "season.closed", "登封市2024年义务教育新生入学信息采集已结束")
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "season.none", "当前没有开放的信息采集，请关注教育局通知");

    public static RouteHandlerBuilder ListApplicationsDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("Student name, graduation type, status in the guide's words (填写中/审核中/有误/已提交), last change, and the reviewer's reasons when returned.");

    public static RouteHandlerBuilder GetApplicationDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("The `ETag` header is the application's version." + ConcurrencyNote)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");

    public static RouteHandlerBuilder SaveStudentDocs(this RouteHandlerBuilder builder) => builder
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

    public static RouteHandlerBuilder SaveGuardiansDocs(this RouteHandlerBuilder builder) => builder
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

    public static RouteHandlerBuilder SaveHouseholdDocs(this RouteHandlerBuilder builder) => builder
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

    public static RouteHandlerBuilder SubmitApplicationDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("422 `application.incomplete` names the missing pages (2–4); 422 `application.evidence-unanswered` names the evidence pages (5–11) neither saved nor skipped (「无此信息跳过」); 409 `application.locked` once accepted; 422 `season.closed` outside the season's dates." + ConcurrencyNote)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "application.locked", "信息已审核通过（已提交），不能再修改或删除")
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesValidationProblem()
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "application.incomplete", "请先完成：学生父母信息、学生户籍信息")
        .WithHeaderParameter(IdempotencyFilter.HeaderName, IdempotencyNote, "3f0c2b8e-6a51-4f7d-9c1e-2d4b5a6c7e8f", IdempotencyRecord.MaxKeyLength)
        .WithProblemExample(StatusCodes.Status400BadRequest, "validation.failed", IdempotencyFilter.InvalidMessage, IdempotencyFilter.HeaderName)
        .WithProblemExample(StatusCodes.Status409Conflict, IdempotencyFilter.InProgressCode, IdempotencyFilter.InProgressMessage, IdempotencyFilter.HeaderName)
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, IdempotencyFilter.ReusedCode, IdempotencyFilter.ReusedMessage, IdempotencyFilter.HeaderName)
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "application.evidence-unanswered", "请填写或跳过：长期居住信息")
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "season.closed", "登封市2024年义务教育新生入学信息采集已结束");

    public static RouteHandlerBuilder DeleteApplicationDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("409 `application.locked` once accepted; 422 `season.closed` outside the season's dates." + ConcurrencyNote)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "application.locked", "信息已审核通过（已提交），不能再修改或删除")
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "season.closed", "登封市2024年义务教育新生入学信息采集已结束");

    public static RouteHandlerBuilder GetCurrentSeasonDocs(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status404NotFound);

    public static RouteHandlerBuilder ListSchoolsDocs(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem()
        .WithValidationExample("graduationType", "请选择毕业类型");

    public static RouteHandlerBuilder ListClassesDocs(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status404NotFound);

    public static RouteHandlerBuilder ListArticlesDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("Anonymous: parents may read before signing in.");

    public static RouteHandlerBuilder GetArticleDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("Unknown or unpublished: 404.")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");

    public static RouteHandlerBuilder AdminPlanRetentionDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("Lists every application (drafts and deleted ones too) of the seasons closed more than `Retention:DaysAfterSeasonCloses` days ago that still holds personal data and that no planned report lists yet; the report may be empty. Nothing is changed: the daily job carries a planned report out after `Retention:DaysToReviewReport` days, an admin may execute or cancel it before.");

    public static RouteHandlerBuilder AdminRetentionReportDocs(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");

    public static RouteHandlerBuilder AdminRetentionReportItemsDocs(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem()
        .WithValidationExample("pageSize", "每页 1 到 1000 条")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在");

    public static RouteHandlerBuilder AdminExecuteRetentionDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("Only a planned report: one already executed or cancelled → 409 `retention.report.not-planned`.")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithProblemExample(StatusCodes.Status404NotFound, "not-found", "请求的内容不存在")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "retention.report.not-planned", "该数据保留报告已执行");
}
