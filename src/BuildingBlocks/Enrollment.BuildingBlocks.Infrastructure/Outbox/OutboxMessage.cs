using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enrollment.BuildingBlocks.Infrastructure.Outbox;

/// <summary>An integration event waiting to be delivered, written in the same transaction as the change it reports.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    public required string Type { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>The host instance that holds the lease; a lease runs out so a crashed instance's messages are taken over.</summary>
    public string? LockedBy { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Type).HasMaxLength(300);
        builder.Property(m => m.LockedBy).HasMaxLength(100);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.HasIndex(m => new { m.ProcessedAt, m.OccurredAt });
    }
}
