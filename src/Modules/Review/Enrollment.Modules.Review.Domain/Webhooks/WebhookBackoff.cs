namespace Enrollment.Modules.Review.Domain.Webhooks;

/// <summary>
/// When a failed delivery is tried again: after the first failure <c>first</c>, then twice as long after each
/// further failure, never longer than <c>max</c>; after <c>maxAttempts</c> attempts in a round it is given up (Failed).
/// </summary>
public static class WebhookBackoff
{
    /// <summary>The wait before attempt <paramref name="failedAttempts"/> + 1; null when no attempt is left.</summary>
    public static TimeSpan? NextDelay(int failedAttempts, int maxAttempts, TimeSpan first, TimeSpan max)
    {
        if (failedAttempts < 1 || failedAttempts >= maxAttempts)
        {
            return null;
        }

        // 2^(n-1) × first, computed in ticks with a cap so that a large n cannot overflow.
        var ticks = (double)first.Ticks * Math.Pow(2, failedAttempts - 1);
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }
}
