using System.Text.Json;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Enrollment.Host.ErrorHandling;

/// <summary>
/// The one place errors become RFC 7807 problem details: validation → 400 with a field → messages
/// map; a broken business rule → 409 or 422 with its stable <c>code</c>; not found (or not yours) →
/// 404; a stale write → 412; a database that cannot be reached → 503 with <c>Retry-After</c>. Anything else is a 500 that tells nothing of the inside.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => Validation(validation),
            BusinessRuleValidationException rule => Refusal(rule.Error),
            NotFoundException => Problem(StatusCodes.Status404NotFound, "not-found", "未找到", "请求的内容不存在"),
            ConcurrencyConflictException => Problem(StatusCodes.Status412PreconditionFailed, "concurrency.conflict", "内容已被更新", "内容已在其他设备上修改，请刷新后重试"),
            BadHttpRequestException bad => BadRequest(bad),
            _ when DatabaseUnavailable.Is(exception) => Unavailable(httpContext, exception),
            _ => null,
        };

        if (problem is null)
        {
            LogUnhandled(logger, exception);
            problem = Problem(StatusCodes.Status500InternalServerError, "server.error", "服务器内部错误", "服务暂时不可用，请稍后再试");
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static HttpValidationProblemDetails Validation(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(e => CamelCase(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        var problem = new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "填写的信息有误",
            Detail = string.Join("；", errors.Values.SelectMany(m => m)),
        };
        problem.Extensions["code"] = "validation.failed";
        return problem;
    }

    /// <summary>
    /// A body or parameter that cannot be read: a value of the wrong type names its field (from the
    /// JSON path, or the parameter in the message); a body that is no JSON at all stays <c>request.malformed</c>.
    /// </summary>
    private static ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        var field = exception.InnerException is JsonException { Path: { Length: > 1 } path }
            ? JsonPathToField(path)
            : exception.InnerException is JsonException ? null
            : exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase) ? null
            : BindFailure().Match(exception.Message) is { Success: true } bind ? JsonNamingPolicy.CamelCase.ConvertName(bind.Groups["name"].Value) : null;
        if (field is null || exception.StatusCode != StatusCodes.Status400BadRequest)
        {
            return Problem(exception.StatusCode, "request.malformed", "请求格式错误", "请求格式错误，请检查填写的内容");
        }

        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = ["格式不正确"] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "填写的信息有误",
            Detail = "格式不正确",
        };
        problem.Extensions["code"] = "validation.failed";
        return problem;
    }

    // "$.guardians[0].birthDate" → "guardians[0].birthDate"; "$['a b']" → "a b".
    private static string JsonPathToField(string path) =>
        path.TrimStart('$').TrimStart('.').Replace("['", ".", StringComparison.Ordinal).Replace("']", string.Empty, StringComparison.Ordinal).TrimStart('.');

    [System.Text.RegularExpressions.GeneratedRegex("^(?:Failed to bind|Required) parameter \"(?:[^\" ]+ )?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial System.Text.RegularExpressions.Regex BindFailure();

    private static ProblemDetails Refusal(DomainError rule)
    {
        var status = rule.Kind == RuleKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        var problem = rule.Field is { } field
            ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [rule.Message] })
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = rule.Message;
        problem.Detail = rule.Message;
        problem.Extensions["code"] = rule.Code;
        return problem;
    }

    private ProblemDetails Unavailable(HttpContext httpContext, Exception exception)
    {
        LogDatabaseUnavailable(logger, exception);
        httpContext.Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problem(StatusCodes.Status503ServiceUnavailable, DatabaseUnavailable.Code, "服务暂时不可用", "服务暂时不可用，请稍后再试");
    }

    private static ProblemDetails Problem(int status, string code, string title, string detail)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["code"] = code;
        return problem;
    }

    // FluentValidation names nested members "Guardians[0].ResidentId"; the API speaks camelCase.
    private static string CamelCase(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database did not answer; the request was answered 503")]
    private static partial void LogDatabaseUnavailable(ILogger logger, Exception exception);
}
