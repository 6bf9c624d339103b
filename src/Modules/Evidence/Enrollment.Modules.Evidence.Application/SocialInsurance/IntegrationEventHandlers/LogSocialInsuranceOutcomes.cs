using Enrollment.Modules.Evidence.Contracts.IntegrationEvents;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Enrollment.Modules.Evidence.Application.SocialInsurance.IntegrationEventHandlers;

/// <summary>
/// Writes every new or changed period-check outcome to the log (ids and the result only, no personal data), once it
/// is committed, so operators can follow the checks an import set off. Review's pre-checks are the other reader.
/// </summary>
internal sealed partial class LogSocialInsuranceOutcomes(ILogger<LogSocialInsuranceOutcomes> logger) : INotificationHandler<SocialInsuranceCheckedIntegrationEvent>
{
    public ValueTask Handle(SocialInsuranceCheckedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        Checked(notification.ApplicationId, notification.Kind, notification.Result, string.Join(",", notification.MissingMonths));
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Social-insurance check of application {ApplicationId} ({Kind}): {Result} {MissingMonths}")]
    private partial void Checked(Guid applicationId, string kind, string result, string missingMonths);
}
