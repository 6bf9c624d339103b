using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Enrollment.Modules.Review.Application.Webhooks;
using Enrollment.Modules.Review.Domain.Webhooks;

namespace Enrollment.Modules.Review.Infrastructure.Webhooks;

/// <summary>
/// Posts deliveries (ADR-0035): JSON, no redirect followed (a 3xx is a failed attempt), no proxy, the configured
/// timeout, and — unless private networks are allowed — a connection only to public addresses: the name is resolved
/// here, on every connection, and loopback, private, link-local and other internal addresses are refused, so that a
/// DNS answer that changes after registration (rebinding) cannot turn a webhook against the platform's own network.
/// </summary>
internal sealed class HttpWebhookPoster(HttpClient http) : IWebhookPoster
{
    public const string ClientName = "webhooks";
    private const string UserAgent = "Enrollment-Webhooks/1.0";

    public async Task<WebhookPostResult> PostAsync(Uri url, string body, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(headers);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            return new WebhookPostResult(status, watch.Elapsed, status is >= 200 and < 300 ? null : $"HTTP {status} {response.ReasonPhrase}".Trim());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookPostResult(null, watch.Elapsed, $"超时：{http.Timeout.TotalSeconds:0.#} 秒内未应答");
        }
        catch (HttpRequestException exception)
        {
            var refused = FindRefusal(exception);
            return new WebhookPostResult(null, watch.Elapsed, refused?.Message ?? $"连接失败：{exception.Message}");
        }
    }

    private static WebhookTargetRefusedException? FindRefusal(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is WebhookTargetRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    /// <summary>The handler of the named client: no redirects, no proxy, the address check on connect.</summary>
    public static SocketsHttpHandler CreateHandler(WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var allowPrivate = options.AllowPrivateNetworks;
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = async (context, cancellationToken) =>
            {
                var host = context.DnsEndPoint.Host;
                var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
                var allowed = allowPrivate ? addresses : [.. addresses.Where(a => !WebhookTargets.IsPrivate(a))];
                if (allowed.Length == 0)
                {
                    throw new WebhookTargetRefusedException(host);
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
    }
}

/// <summary>The webhook's host resolves only to addresses a delivery may not reach.</summary>
internal sealed class WebhookTargetRefusedException(string host)
    : Exception($"已拒绝：{host} 指向本机或内网地址");
