namespace Enrollment.Host.Hosting;

/// <summary>
/// Gives every request an id that is returned in <c>X-Request-Id</c>, put on every log line of the
/// request and on problem details (<c>traceId</c>), so a parent's screenshot leads to the log.
/// </summary>
internal sealed class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    public const string HeaderName = "X-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var requestId = context.TraceIdentifier;
        // Set when the response starts: the exception handler clears headers written before an error.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = requestId;
            return Task.CompletedTask;
        });
        using (logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = requestId }))
        {
            await next(context);
        }
    }
}
