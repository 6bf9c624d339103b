using System.Net;

namespace Enrollment.Testing;

/// <summary>
/// The parent's WeChat sign-in as a browser walks it through the simulator: authorize → the simulator's authorize page
/// (the openid chosen there) → callback → <c>/h5/</c>. One walk for the in-memory test server and for real host processes.
/// </summary>
public static class WeChatSimulatorSignIn
{
    /// <summary>Follows the redirects with <paramref name="get"/> (which must not follow them itself) until <c>/h5/</c>.</summary>
    public static async Task WalkAsync(Func<Uri, CancellationToken, Task<HttpResponseMessage>> get, Uri root, string openId, int maxHops, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(get);
        var next = new Uri(root, "/api/v1/auth/wechat/authorize?returnUrl=%2Fh5%2F");
        for (var hop = 0; hop < maxHops; hop++)
        {
            using var response = await get(next, cancellationToken);
            if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.RedirectMethod))
            {
                throw new InvalidOperationException($"WeChat sign-in of {openId} stopped at {next}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }

            var location = new Uri(next, response.Headers.Location!);
            if (location.AbsolutePath == "/h5/")
            {
                return;
            }

            // At the simulator's authorize page: pick the openid (the fragment stays with the browser).
            next = location.AbsolutePath.EndsWith("/connect/oauth2/authorize", StringComparison.Ordinal)
                ? new Uri(location.GetLeftPart(UriPartial.Query) + "&openid=" + Uri.EscapeDataString(openId))
                : location;
        }

        throw new InvalidOperationException($"WeChat sign-in of {openId} did not come back to /h5/.");
    }
}
