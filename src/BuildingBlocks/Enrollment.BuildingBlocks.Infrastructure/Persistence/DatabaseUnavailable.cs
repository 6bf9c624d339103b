using System.Data.Common;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore.Storage;

namespace Enrollment.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Whether an exception means the database cannot be reached right now (refused, timed out, dropped,
/// retries used up) rather than that the request was wrong: the answer is 503 with <c>Retry-After</c>.
/// </summary>
public static class DatabaseUnavailable
{
    public const string Code = "database.unavailable";

    public const int RetryAfterSeconds = 5;

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is RetryLimitExceededException or SocketException or TimeoutException
                || e is DbException { IsTransient: true }
                // EF's own wording when a transient failure reaches a context without a retry strategy.
                || (e is InvalidOperationException && e.Message.Contains("transient failure", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
