namespace Enrollment.Modules.Review.Domain.Webhooks;

/// <summary>The events an integrator may subscribe to, as they are named on the wire (<c>X-Enrollment-Event-Type</c>, the payload's <c>type</c>).</summary>
public static class WebhookEventTypes
{
    /// <summary>已提交: a reviewer accepted the application.</summary>
    public const string ApplicationAccepted = "application.accepted";

    /// <summary>有误: a reviewer returned the application to the parent.</summary>
    public const string ApplicationReturned = "application.returned";

    /// <summary>The parent deleted an application that had been submitted (a draft never submitted is nobody's business).</summary>
    public const string ApplicationDeleted = "application.deleted";

    public static readonly IReadOnlyList<string> All = [ApplicationAccepted, ApplicationReturned, ApplicationDeleted];

    public static bool IsKnown(string? type) => type is not null && All.Contains(type, StringComparer.Ordinal);
}
