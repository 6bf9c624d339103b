using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Enrollment.BuildingBlocks.Infrastructure.Persistence;

/// <summary>An aggregate's version as a strong ETag (<c>"7"</c>), and the version named by If-Match.</summary>
public static class ETags
{
    public static void Set(HttpContext http, int version) =>
        http.Response.Headers.ETag = string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    /// <summary>Null when the request has no If-Match (or <c>*</c>): the write is not conditional.</summary>
    public static int? IfMatch(HttpContext http)
    {
        var header = http.Request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }

        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return int.TryParse(tag.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new ConcurrencyConflictException(new FormatException($"If-Match '{header}' is not a version of this resource."));
    }
}
