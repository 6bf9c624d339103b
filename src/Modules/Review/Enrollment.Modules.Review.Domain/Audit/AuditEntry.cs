using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Review.Domain.Audit;

/// <summary>Who did something: the staff account, its name and role, and the client address of the request.</summary>
public sealed record AuditActor(Guid? StaffId, string Name, string Role, string? ClientAddress);

/// <summary>
/// One line of the append-only audit trail: who (account, name, role, client address), when, what, on
/// which application, and the details (a reveal's reason, a return's reasons, an export's filter).
/// Never changed nor deleted once written (the database context refuses it).
/// </summary>
public sealed class AuditEntry : Entity<Guid>
{
    public const int MaxDetailLength = 4000;

    private AuditEntry()
    {
    }

    /// <summary>The line's place in the trail, given by the database as it is appended: orders lines written in the same instant.</summary>
    public long Position { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public Guid? StaffId { get; private set; }

    public string StaffName { get; private set; } = string.Empty;

    public string Role { get; private set; } = string.Empty;

    public string? ClientAddress { get; private set; }

    public AuditAction Action { get; private set; }

    public Guid? ApplicationId { get; private set; }

    public string? Detail { get; private set; }

    /// <summary>The line's place in the hash chain: 1, 2, 3, … with no gap (a unique index lets one of two concurrent appends through).</summary>
    public long Sequence { get; private set; }

    /// <summary>The <see cref="Hash"/> of the line before (<see cref="Genesis"/> for the first chained line).</summary>
    public string? PreviousHash { get; private set; }

    /// <summary>SHA-256 (hex) of <see cref="PreviousHash"/> and this line's <see cref="CanonicalContent"/>; null for lines written before the chain existed.</summary>
    public string? Hash { get; private set; }

    /// <summary>The previous hash of the first chained line.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Puts the line (not yet saved) at <paramref name="sequence"/> after a line whose hash is <paramref name="previousHash"/>.</summary>
    public void Chain(long sequence, string previousHash)
    {
        ArgumentException.ThrowIfNullOrEmpty(previousHash);
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = HashOf(previousHash, CanonicalContent());
    }

    /// <summary>Every field of the line but its hashes, in a fixed order and format (a JSON array).</summary>
    public string CanonicalContent() => JsonSerializer.Serialize(new object?[]
    {
        Sequence,
        Id.ToString("D"),
        OccurredAt.UtcTicks,
        StaffId?.ToString("D"),
        StaffName,
        Role,
        ClientAddress,
        Action.ToString(),
        ApplicationId?.ToString("D"),
        Detail,
    });

    public static string HashOf(string previousHash, string canonicalContent) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{previousHash}\n{canonicalContent}"))));

    public static AuditEntry Record(AuditActor actor, AuditAction action, Guid? applicationId, string? detail, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = now,
            StaffId = actor.StaffId,
            StaffName = actor.Name,
            Role = actor.Role,
            ClientAddress = actor.ClientAddress,
            Action = action,
            ApplicationId = applicationId,
            Detail = detail is { Length: > MaxDetailLength } ? detail[..MaxDetailLength] : detail,
        };
    }
}
