using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.Modules.Registration.Infrastructure.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Configurations;

/// <param name="protector">Encrypts the kept first answer: it is an application with its IDs and phones (ADR-0029).</param>
internal sealed class IdempotencyRecordConfiguration(PersonalDataProtector protector) : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyKeys");
        // The key is the parent's own: two parents may send the same key.
        builder.HasKey(r => new { r.ParentAccountId, r.Key });
        builder.Property(r => r.Key).HasMaxLength(IdempotencyRecord.MaxKeyLength);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.Location).HasMaxLength(200);
        builder.Property(r => r.ETag).HasMaxLength(100);
        builder.Property(r => r.Body).HasConversion((ValueConverter)PersonalDataModel.Text(protector));
        builder.HasIndex(r => r.ExpiresAt);
    }
}
