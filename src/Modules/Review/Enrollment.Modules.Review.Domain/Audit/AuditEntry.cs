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
