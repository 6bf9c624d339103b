using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Enrollment.BuildingBlocks.Application.Behaviors;

/// <summary>Logs every command and query with its duration, so a slow or failing use case shows up by name.</summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var name = typeof(TMessage).Name;
        try
        {
            var response = await next(message, cancellationToken);
            LogHandled(logger, name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            LogFailed(logger, name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.GetType().Name);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} handled in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string message, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} failed after {ElapsedMs:0.0} ms with {Error}")]
    private static partial void LogFailed(ILogger logger, string message, double elapsedMs, string error);
}
