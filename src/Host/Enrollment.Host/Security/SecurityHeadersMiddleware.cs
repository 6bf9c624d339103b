namespace Enrollment.Host.Security;

/// <summary>
/// Headers on every answer: a Content-Security-Policy without inline script for both front ends, the
/// API and the API docs; no sniffing; no framing; no referrer sent to other sites (ADR-0015). HSTS is
/// added by <c>UseHsts</c> outside Development.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>
    /// Scripts only from this site's files (the Vite builds emit none inline); styles may be inline,
    /// since the UI libraries set style attributes; images also from data: and blob: URLs (icons,
    /// previews of certificate photos before upload).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.Remove("Server");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
