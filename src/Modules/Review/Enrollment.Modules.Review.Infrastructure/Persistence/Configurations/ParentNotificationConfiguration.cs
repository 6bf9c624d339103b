using Enrollment.Modules.Review.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enrollment.Modules.Review.Infrastructure.Persistence.Configurations;

internal sealed class ParentNotificationConfiguration : IEntityTypeConfiguration<ParentNotification>
{
    /// <summary>One notification per kind and source (decision or application): the "exactly one message" key.</summary>
    public const string SourceIndex = "IX_ParentNotifications_Kind_SourceId";

    public void Configure(EntityTypeBuilder<ParentNotification> builder)
    {
        builder.ToTable("ParentNotifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Channel).HasMaxLength(10);
        builder.Property(n => n.Recipient).HasMaxLength(64);
        builder.Property(n => n.LastError).HasMaxLength(ParentNotification.MaxErrorLength);
        builder.HasIndex(n => new { n.Kind, n.SourceId }).IsUnique().HasDatabaseName(SourceIndex);
        builder.HasIndex(n => new { n.ApplicationId, n.CreatedAt });
        builder.HasIndex(n => n.CreatedAt);
    }
}
