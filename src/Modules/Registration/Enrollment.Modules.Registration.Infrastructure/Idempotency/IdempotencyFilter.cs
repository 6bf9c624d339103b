using System.Runtime.ExceptionServices;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Enrollment.BuildingBlocks.Infrastructure.Outbox;
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
/// <c>Idempotency-Key</c> on starting and submitting an application (ADR-0027, ADR-0044). The first request with a key
/// stores it in the database (unique per parent and key, so it holds across instances) together with the command's
/// changes and its answer — status, body, <c>Location</c> and <c>ETag</c> — in one transaction; the same key with the
/// same request gives that answer again (<c>Idempotency-Replayed: true</c>) without running the command; with another
/// request 422 <c>idempotency.key.reused</c>; a second request while the first runs waits for it and gets its answer
/// (409 <c>idempotency.in-progress</c> only if no answer can be read). A request that fails or is killed leaves no key,
/// so its retry runs again. Without the header nothing changes.
/// </summary>
internal sealed class IdempotencyFilter(OutboxSignal signal, TimeProvider clock, IOptions<IdempotencyOptions> options, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IEndpointFilter
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

        // The request's own context: the command's unit of work saves this same instance, so the key, the command's
        // changes and the stored answer commit in one transaction (ADR-0044). A crash, a kill or a lost database
        // anywhere before that commit leaves no trace of the key, and the retry runs as if it were the first; after
        // it, the retry gets the answer. No key is ever left claimed without an answer.
        var db = http.RequestServices.GetRequiredService<RegistrationDbContext>();
        var keys = db.Set<IdempotencyRecord>();
        await keys.Where(r => r.ParentAccountId == parent && r.ExpiresAt <= now).ExecuteDeleteAsync(http.RequestAborted);
        if (await AnswerStoredAsync(keys, parent, key, hash, http) is { } stored)
        {
            return stored;
        }

        object? result = null;
        ExceptionDispatchInfo? failure = null;
        var ran = false;
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async cancellationToken =>
            {
                if (ran)
                {
                    // The commit failed after the command ran: never run it twice in this request. The client's retry
                    // with the same key finds the answer (the commit went through after all) or runs it afresh.
                    throw new TimeoutException("The commit of an idempotent request failed; retry with the same Idempotency-Key.");
                }

                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var record = new IdempotencyRecord { ParentAccountId = parent, Key = key, RequestHash = hash, CreatedAt = now, ExpiresAt = now + options.Value.Retention };
                keys.Add(record);

                // Another request holding this key makes this insert wait until it commits (then: a unique violation,
                // answered below from its stored answer) or rolls back (then this one goes on).
                await db.SaveChangesAsync(cancellationToken);
                ran = true;
                try
                {
                    result = await next(context);
                }
                catch (Exception exception)
                {
                    failure = ExceptionDispatchInfo.Capture(exception); // rolled back with the key; never retried here
                    return;
                }

                if (result is IStatusCodeHttpResult { StatusCode: { } status } && status is >= 200 and < 300)
                {
                    var value = (result as IValueHttpResult)?.Value;
                    record.Status = status;
                    record.Body = value is null ? null : JsonSerializer.Serialize(value, value.GetType(), json.Value.SerializerOptions);
                    record.Location = (result as Created<Application.Applications.ApplicationDto>)?.Location;
                    record.ETag = http.Response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null;
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    signal.Notify(RegistrationDbContext.SchemaName); // the command's outbox messages are visible only now
                }

                // Anything else (a 4xx the handler answered): the transaction rolls back and the key is free again.
            }, http.RequestAborted);
        }
        catch (DbUpdateException exception) when (!ran && UniqueViolation.Describe(exception) is not null)
        {
            db.ChangeTracker.Clear();
            return await AnswerStoredAsync(keys, parent, key, hash, http) ?? InProgress(http);
        }

        failure?.Throw();
        return result;
    }

    /// <summary>The stored answer of this key (a replay), 422 when the key came with another request, or null when there is none.</summary>
    private static async Task<object?> AnswerStoredAsync(DbSet<IdempotencyRecord> keys, Guid parent, string key, string hash, HttpContext http)
    {
        var first = await keys.AsNoTracking().SingleOrDefaultAsync(r => r.ParentAccountId == parent && r.Key == key, http.RequestAborted);
        if (first is null)
        {
            return null;
        }

        if (first.Status is null)
        {
            // Left by the earlier design (claimed first, answered later) when a request died between the two: no
            // answer will ever come, so the key is freed and this request runs.
            await keys.Where(r => r.ParentAccountId == parent && r.Key == key && r.Status == null).ExecuteDeleteAsync(http.RequestAborted);
            return null;
        }

        return first.RequestHash != hash
            ? Problem(StatusCodes.Status422UnprocessableEntity, ReusedCode, ReusedMessage, HeaderName)
            : new Replay(first);
    }

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
