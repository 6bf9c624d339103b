using Enrollment.Modules.Review.Domain.ApplicationHistory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enrollment.Modules.Review.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationHistoryEntryConfiguration : IEntityTypeConfiguration<ApplicationHistoryEntry>
{
    public const string MessageIndex = "UX_ApplicationHistory_MessageId";

    public void Configure(EntityTypeBuilder<ApplicationHistoryEntry> builder)
    {
        builder.ToTable("ApplicationHistory");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Event).HasMaxLength(50);
        builder.HasIndex(e => e.MessageId).IsUnique().HasDatabaseName(MessageIndex);
        builder.HasIndex(e => new { e.ApplicationId, e.OccurredAt });
    }
}
