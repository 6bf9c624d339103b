using System.Text.Json;
using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.Modules.Review.Domain.Audit;
using Enrollment.Modules.Review.Domain.Decisions;
using Enrollment.Modules.Review.Domain.Fields;
using Enrollment.Modules.Review.Domain.ReturnReasons;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Enrollment.Modules.Review.Infrastructure.Persistence.Configurations;

/// <param name="protector">Encrypts the snapshot of the returned application's fields (IDs and phones among them; ADR-0029).</param>
internal sealed class ReturnDecisionConfiguration(PersonalDataProtector protector) : IEntityTypeConfiguration<ReturnDecision>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ReturnDecision> builder)
    {
        builder.ToTable("ReturnDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.ReviewerName).HasMaxLength(100);

        // Written once and read whole: JSON text on every provider.
        builder.Property(d => d.Reasons).HasConversion(JsonConverter<List<FieldReason>>(), JsonComparer<List<FieldReason>>());
        builder.Property(d => d.Snapshot).HasConversion(
            new EncryptedConverter<Dictionary<string, FieldValue>>(
                protector,
                v => JsonSerializer.Serialize(v, Json),
                s => JsonSerializer.Deserialize<Dictionary<string, FieldValue>>(s, Json) ?? new Dictionary<string, FieldValue>()),
            JsonComparer<Dictionary<string, FieldValue>>());
        builder.HasIndex(d => new { d.ApplicationId, d.ReturnedAt });
    }

    private static ValueConverter<T, string> JsonConverter<T>()
        where T : new() =>
        new(v => JsonSerializer.Serialize(v, Json), s => JsonSerializer.Deserialize<T>(s, Json) ?? new T());

    private static ValueComparer<T> JsonComparer<T>() =>
        new(
            (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
            v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
            v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Json), Json)!);
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    /// <summary>One line per place in the hash chain: of two concurrent appends after the same line, one is refused and chains again.</summary>
    public const string SequenceIndex = "IX_AuditTrail_Sequence";

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditTrail");
        builder.HasKey(e => e.Position);
        builder.Property(e => e.Position).ValueGeneratedOnAdd();
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => e.Id).IsUnique();
        builder.Property(e => e.StaffName).HasMaxLength(100);
        builder.Property(e => e.Role).HasMaxLength(30);
        builder.Property(e => e.ClientAddress).HasMaxLength(64);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Detail).HasMaxLength(AuditEntry.MaxDetailLength);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.HasIndex(e => e.Sequence).IsUnique().HasDatabaseName(SequenceIndex);
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => new { e.ApplicationId, e.Position });
        builder.HasIndex(e => new { e.StaffId, e.Position });
    }
}

internal sealed class ReturnReasonOptionConfiguration : IEntityTypeConfiguration<ReturnReasonOption>
{
    public void Configure(EntityTypeBuilder<ReturnReasonOption> builder)
    {
        builder.ToTable("ReturnReasons");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Text).HasMaxLength(ReturnReasonOption.MaxTextLength);
        builder.HasIndex(r => r.Text).IsUnique();
    }
}
