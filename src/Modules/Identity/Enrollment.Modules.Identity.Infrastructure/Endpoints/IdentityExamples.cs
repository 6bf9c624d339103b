using Enrollment.BuildingBlocks.Infrastructure.OpenApi;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Identity.Domain.Clients;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Enrollment.Modules.Identity.Infrastructure.Endpoints;

/// <summary>The OpenAPI descriptions, request examples and problem examples of the Identity module's endpoints, one method per endpoint.</summary>
internal static class IdentityExamples
{
    public static RouteHandlerBuilder StaffLoginDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("Sets the staff cookie and `enrollment.staff.csrf` (send it back as `X-CSRF-Token`). Every failure — unknown user, disabled, wrong password, locked out after 5 failures for 15 minutes — is the same 401 `staff.sign-in.failed`, so that an answer never tells whether a user exists. At most `RateLimits:StaffSignInPerMinute` attempts a minute per address (429 `rate-limited`).")
        .WithRequestExample(new StaffLoginRequest("reviewer", "Review#2024"))
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .WithProblemExample(StatusCodes.Status401Unauthorized, "staff.sign-in.failed", "用户名或密码错误（连续错误5次将锁定15分钟）");

    public static RouteHandlerBuilder ClientCredentialsTokenDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("Form (`application/x-www-form-urlencoded`) or JSON: `grant_type=client_credentials`, `client_id`, `client_secret`, `scope` (space-separated: `applications:read`, `applications:read:pii`). Errors as RFC 6749: `invalid_client` (401), `invalid_scope`, `unsupported_grant_type` (400).");

    public static RouteHandlerBuilder CreateStaffDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("`role`: `DistrictAdmin`, `SchoolReviewer` (with `schoolIds`) or `Auditor`.")
        .WithRequestExample(new CreateStaffRequest("wanglaoshi", "王老师", "Shiyan#2024", "SchoolReviewer", [Guid.Parse("0192f1d4-7a00-7000-8000-0000000000a1")]))
        .ProducesValidationProblem()
        .WithValidationExample("userName", "用户名为3–32位字母、数字或 _ . -")
        .WithValidationExample("schoolIds", "学校审核员须指定学校")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "staff.user-name.duplicate", "用户名已存在", "userName");

    public static RouteHandlerBuilder UpdateStaffDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("Replaces the account; `newPassword` only to reset it (also ends a lockout). An admin cannot disable or demote themself: 409 `staff.self`.")
        .WithRequestExample(new UpdateStaffRequest("王老师", "SchoolReviewer", [Guid.Parse("0192f1d4-7a00-7000-8000-0000000000a1")], false, null))
        .ProducesValidationProblem()
        .WithValidationExample("newPassword", "密码过于常见，请换一个不易猜到的密码")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "staff.self", "不能停用自己的账号或取消自己的管理员角色");

    public static RouteHandlerBuilder DeleteStaffDocs(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "staff.self", "不能删除自己的账号");

    public static RouteHandlerBuilder CreateClientDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription($"The secret is shown only in this answer. Scopes: `{IntegratorClient.ApplicationsRead}`, `{IntegratorClient.ApplicationsReadPii}`.")
        .WithRequestExample(new CreateClientRequest("登封市学籍管理系统", [IntegratorClient.ApplicationsRead]))
        .ProducesValidationProblem()
        .WithValidationExample("name", "请填写客户端名称")
        .WithValidationExample("scopes[0]", "未知的权限范围");

    public static RouteHandlerBuilder PublishAgreementDocs(this RouteHandlerBuilder builder) => builder
        .WithRequestExample(new PublishAgreementRequest("义务教育新生入学信息采集平台用户协议", "欢迎使用义务教育新生入学信息采集平台……"))
        .ProducesValidationProblem()
        .WithValidationExample("title", "请填写协议标题")
        .WithValidationExample("text", "请填写协议内容");

    public static RouteHandlerBuilder UpdateMeDocs(this RouteHandlerBuilder builder) => builder
        .WithRequestExample(new UpdateMeRequest("张伟", "父亲"))
        .ProducesValidationProblem()
        .WithValidationExample("name", "姓名不能超过30个字")
        .WithValidationExample("relationship", "与学生关系不能超过10个字");

    public static RouteHandlerBuilder RequestPhoneCodeDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("Valid 5 minutes. At most 1 a minute per phone and per account, 10 a day per account, 5 a day per account and phone (what other accounts ask for the same phone never uses this up), and codes for at most 20 different accounts a day per phone (the account the phone is bound to is never refused by that ceiling; ADR-0027). Errors: `phone.invalid` (422), `sms.too-frequent`, `sms.daily-limit`, `sms.phone-daily-limit` (409).")
        .WithRequestExample(new PhoneCodeRequest("13838012345"))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "sms.too-frequent", "验证码发送过于频繁，请1分钟后再试")
        .WithProblemExample(StatusCodes.Status409Conflict, "sms.daily-limit", "今日获取验证码次数已达上限，请明天再试")
        .WithProblemExample(StatusCodes.Status409Conflict, "sms.phone-daily-limit", "该手机号今日获取验证码过于频繁，请明天再试或联系教育局")
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "phone.invalid", "请填写11位手机号码", "phone");

    public static RouteHandlerBuilder BindPhoneDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("Errors (422, field `code`): `sms.code.missing`, `sms.code.wrong`, `sms.code.expired`, `sms.code.exhausted` (5 wrong tries end a code).")
        .WithRequestExample(new BindPhoneRequest("13838012345", "204718"))
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "sms.code.missing", "请先获取验证码", "code")
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "sms.code.wrong", "验证码错误，还可以尝试4次", "code")
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "sms.code.expired", "验证码已过期，请重新获取", "code")
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "sms.code.exhausted", "验证码错误次数过多，请重新获取", "code");

    public static RouteHandlerBuilder GetAgreementDocs(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status404NotFound);

    public static RouteHandlerBuilder AcceptAgreementDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("No earlier than 30 s after it was shown: `agreement.too-early` (409; `agreement.not-shown` when it was never shown). `agreement.outdated` (409) when a newer version exists.")
        .WithRequestExample(new AcceptAgreementRequest(1))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithProblemExample(StatusCodes.Status409Conflict, "agreement.too-early", "请仔细阅读平台协议，12秒后可同意")
        .WithProblemExample(StatusCodes.Status409Conflict, "agreement.not-shown", "请先阅读平台协议")
        .WithProblemExample(StatusCodes.Status409Conflict, "agreement.outdated", "平台协议已更新，请阅读最新版本");

    public static RouteHandlerBuilder WeChatAuthorizeDocs(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem()
        .WithValidationExample("returnUrl", "返回地址必须是本站的页面")
        .WithDescription("`returnUrl` must be a path on this site (default `/h5/`; another site's address: 400), non-ASCII characters are percent-encoded; `scope=snsapi_userinfo` asks WeChat for consent instead of the silent `snsapi_base`. The `state` sent to WeChat is bound to a protected, HttpOnly cookie of this browser (login CSRF).");

    public static RouteHandlerBuilder WeChatCallbackDocs(this RouteHandlerBuilder builder) => builder
        .WithDescription("Errors: `auth.state.invalid` (400), `wechat.code.invalid` / `wechat.code.used` (422).")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .WithProblemExample(StatusCodes.Status400BadRequest, "auth.state.invalid", "登录已过期，请重新从公众号菜单进入")
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "wechat.code.invalid", "微信授权失败，请重新从公众号菜单进入")
        .WithProblemExample(StatusCodes.Status422UnprocessableEntity, "wechat.code.used", "授权码已使用，请重新从公众号菜单进入");
}
