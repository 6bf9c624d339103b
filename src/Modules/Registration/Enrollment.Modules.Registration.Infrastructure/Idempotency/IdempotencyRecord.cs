namespace Enrollment.Modules.Registration.Infrastructure.Idempotency;

/// <summary>
/// One <c>Idempotency-Key</c> a parent sent (unique per parent and key): the fingerprint of the request it came with
/// and, once the request succeeded, the answer to give again. <see cref="Status"/> null: the first request is still running.
/// </summary>
internal sealed class IdempotencyRecord
{
    public const int MaxKeyLength = 100;

    public Guid ParentAccountId { get; set; }

    public string Key { get; set; } = string.Empty;

    /// <summary>SHA-256 (hex) of the method, path, <c>If-Match</c> and bound body.</summary>
    public string RequestHash { get; set; } = string.Empty;

    public int? Status { get; set; }

    public string? Body { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
