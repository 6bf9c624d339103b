using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Registration.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enrollment.Modules.Registration.Infrastructure.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on starting and submitting an application (ADR-0027). The first request with a key claims
/// it in the database (unique per parent and key, so it holds across instances) and, when it succeeds, stores its
/// status, body, <c>Location</c> and <c>ETag</c>; the same key with the same request gives that answer again
/// (<c>Idempotency-Replayed: true</c>) without running the command; with another request 422
/// <c>idempotency.key.reused</c>; while the first is still running 409 <c>idempotency.in-progress</c>. A request that
/// fails frees its key, so a retry after a 4xx or a lost database runs again. Without the header nothing changes.
/// </summary>
internal sealed class IdempotencyFilter(IServiceScopeFactory scopes, TimeProvider clock, IOptions<IdempotencyOptions> options, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IEndpointFilter
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotency-Replayed";
    public const string ReusedCode = "idempotency.key.reused";
    public const string InProgressCode = "idempotency.in-progress";
    public const string ReusedMessage = "同一个请求标识（Idempotency-Key）已用于另一个请求，请为新的请求生成新的标识";
    public const string InProgressMessage = "同一请求正在处理中，请稍候再试";
    public const string InvalidMessage = "请求标识（Idempotency-Key）应为1到100个可见的ASCII字符";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!http.Request.Headers.TryGetValue(HeaderName, out var values))
        {
            return await next(context);
        }

        var key = values.ToString();
        if (values.Count != 1 || key.Length is 0 or > IdempotencyRecord.MaxKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            return Problem(StatusCodes.Status400BadRequest, "validation.failed", InvalidMessage, field: HeaderName);
        }

        var parent = http.User.ParentAccountId();
        var hash = Fingerprint(http, context.Arguments);
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistrationDbContext>();
        var keys = db.Set<IdempotencyRecord>();
        await keys.Where(r => r.ParentAccountId == parent && r.ExpiresAt <= now).ExecuteDeleteAsync(http.RequestAborted);

        keys.Add(new IdempotencyRecord { ParentAccountId = parent, Key = key, RequestHash = hash, CreatedAt = now, ExpiresAt = now + options.Value.Retention });
        try
        {
            await db.SaveChangesAsync(http.RequestAborted);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Describe(exception) is not null)
        {
            db.ChangeTracker.Clear();
            var first = await keys.AsNoTracking().SingleOrDefaultAsync(r => r.ParentAccountId == parent && r.Key == key, http.RequestAborted);
            if (first is null || (first.Status is null && first.RequestHash == hash))
            {
                return InProgress(http); // freed or still running: the client tries again
            }

            return first.RequestHash != hash
                ? Problem(StatusCodes.Status422UnprocessableEntity, ReusedCode, ReusedMessage, HeaderName)
                : new Replay(first);
        }

        object? result;
        try
        {
            result = await next(context);
        }
        catch
        {
            await FreeAsync(keys, parent, key);
            throw;
        }

        if (result is IStatusCodeHttpResult { StatusCode: { } status } && status is >= 200 and < 300)
        {
            var value = (result as IValueHttpResult)?.Value;
            await keys.Where(r => r.ParentAccountId == parent && r.Key == key).ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.Status, status)
                    .SetProperty(r => r.Body, value is null ? null : JsonSerializer.Serialize(value, value.GetType(), json.Value.SerializerOptions))
                    .SetProperty(r => r.Location, (result as Created<Application.Applications.ApplicationDto>)?.Location)
                    .SetProperty(r => r.ETag, http.Response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null),
                CancellationToken.None);
        }
        else
        {
            await FreeAsync(keys, parent, key);
        }

        return result;
    }

    private static Task FreeAsync(DbSet<IdempotencyRecord> keys, Guid parent, string key) =>
        keys.Where(r => r.ParentAccountId == parent && r.Key == key).ExecuteDeleteAsync(CancellationToken.None);

    /// <summary>What makes two requests "the same": method, path, <c>If-Match</c> and the bound request body.</summary>
    private string Fingerprint(HttpContext http, IList<object?> arguments)
    {
        var text = new StringBuilder()
            .Append(http.Request.Method).Append('\n')
            .Append(http.Request.Path.Value).Append('\n')
            .Append(http.Request.Headers.IfMatch.ToString()).Append('\n');
        foreach (var argument in arguments)
        {
            if (argument is not null && argument.GetType().Namespace?.StartsWith("Enrollment.Modules.", StringComparison.Ordinal) == true)
            {
                text.Append(JsonSerializer.Serialize(argument, argument.GetType(), json.Value.SerializerOptions)).Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static ProblemHttpResult InProgress(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "1";
        return Problem(StatusCodes.Status409Conflict, InProgressCode, InProgressMessage, HeaderName);
    }

    private static ProblemHttpResult Problem(int status, string code, string message, string field)
    {
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = status,
            Title = message,
            Detail = message,
        };
        problem.Extensions["code"] = code;
        return TypedResults.Problem(problem);
    }

    /// <summary>The first answer again: its status, body, <c>Location</c> and <c>ETag</c>.</summary>
    private sealed class Replay(IdempotencyRecord first) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => first.Status;

        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = first.Status ?? StatusCodes.Status200OK;
            response.Headers[ReplayedHeader] = "true";
            if (first.Location is { } location)
            {
                response.Headers.Location = location;
            }

            if (first.ETag is { } etag)
            {
                response.Headers.ETag = etag;
            }

            if (first.Body is { } body)
            {
                response.ContentType = "application/json; charset=utf-8";
                await response.WriteAsync(body, httpContext.RequestAborted);
            }
        }
    }
}
