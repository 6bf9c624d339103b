namespace Enrollment.Modules.Registration.Infrastructure.Idempotency;

/// <summary>Bound from <c>Registration:Idempotency</c>.</summary>
public sealed class IdempotencyOptions
{
    public const string SectionName = "Registration:Idempotency";

    /// <summary>How long a key and its first answer are kept; a key sent again later starts a new request.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);
}
