using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;

namespace Enrollment.BuildingBlocks.Infrastructure.Jobs;

/// <summary>
/// Hangfire's logging into the host's loggers. Hangfire keeps its log provider in a static, so when
/// several hosts live in one process (the integration tests start many), one host may still reach
/// the provider of another that has already stopped; such a log line is dropped instead of failing
/// the host that asked.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggerFactory);

    public ILog GetLogger(string name) => new SafeLog(() => _inner.GetLogger(name));

    private sealed class SafeLog(Func<ILog> create) : ILog
    {
        private ILog? _log;

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                _log ??= create();
                return _log.Log(logLevel, messageFunc!, exception!);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
