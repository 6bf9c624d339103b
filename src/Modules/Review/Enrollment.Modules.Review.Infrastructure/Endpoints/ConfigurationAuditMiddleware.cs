using Enrollment.Modules.Review.Application.Audit.RecordConfigurationChange;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Enrollment.Modules.Review.Infrastructure.Endpoints;

/// <summary>
/// The audit trail's configuration changes (issue 10, point 6): every successful staff write under
/// <c>/api/v1/admin/</c> — seasons, schools and their imports, articles, agreements, staff, integrator clients,
/// regions, social-insurance imports — becomes one <c>Configure</c> line with the staff member, the client
/// address, what was done and the route with its ids. Observed at the HTTP edge so that no module has to
/// remember it and none depends on Review; the return reasons are left to Review's own handler, which
/// records the old and the new text.
/// </summary>
internal sealed partial class ConfigurationAuditMiddleware(RequestDelegate next, ILogger<ConfigurationAuditMiddleware> logger)
{
    private static readonly PathString Admin = "/api/v1/admin";
    private static readonly PathString ReturnReasons = "/api/v1/admin/return-reasons";

    private static readonly Dictionary<string, string> Resources = new(StringComparer.OrdinalIgnoreCase)
    {
        ["seasons"] = "招生季",
        ["schools"] = "学校",
        ["articles"] = "家长必读",
        ["agreements"] = "平台协议",
        ["staff"] = "工作人员",
        ["clients"] = "接口客户端",
        ["regions"] = "行政区划",
        ["social-insurance"] = "社保数据",
        ["webhooks"] = "接口推送",
        ["retention"] = "数据保留",
    };

    public async Task InvokeAsync(HttpContext http)
    {
        await next(http);
        if (!IsAuditedChange(http))
        {
            return;
        }

        try
        {
            var sender = http.RequestServices.GetRequiredService<ISender>();
            await sender.Send(new RecordConfigurationChangeCommand(http.ToReviewer().Actor, Describe(http)), CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The change is made and answered; a lost audit line is logged loudly rather than turned into an error.
            LogNotAudited(logger, http.Request.Method, http.Request.Path, exception);
        }
    }

    private static bool IsAuditedChange(HttpContext http) =>
        !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !HttpMethods.IsOptions(http.Request.Method)
        && http.Request.Path.StartsWithSegments(Admin)
        && !http.Request.Path.StartsWithSegments(ReturnReasons)
        && http.Response.StatusCode is >= 200 and < 300
        && http.User.Identity?.IsAuthenticated == true;

    /// <summary>「修改 招生季：PUT /api/v1/admin/seasons/{id}（id=…）」: the verb, the resource in words, the route and its values.</summary>
    private static string Describe(HttpContext http)
    {
        var request = http.Request;
        var verb = HttpMethods.IsDelete(request.Method) ? "删除" : HttpMethods.IsPost(request.Method) ? "新增" : "修改";
        var segments = request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var resource = segments.Length > 3 && Resources.TryGetValue(segments[3], out var words) ? words : "配置";
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? request.Path.Value;
        var values = http.Request.RouteValues.Where(v => v.Value is not null).Select(v => $"{v.Key}={v.Value}").ToList();
        return $"{verb} {resource}：{request.Method} {route}" + (values.Count > 0 ? $"（{string.Join("，", values)}）" : string.Empty);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The configuration change {Method} {Path} was made but its audit line could not be written")]
    private static partial void LogNotAudited(ILogger logger, string method, string path, Exception exception);
}

/// <summary>Puts <see cref="ConfigurationAuditMiddleware"/> around the whole pipeline, so it sees the final status, user and endpoint.</summary>
internal sealed class ConfigurationAuditStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<ConfigurationAuditMiddleware>();
        next(app);
    };
}
