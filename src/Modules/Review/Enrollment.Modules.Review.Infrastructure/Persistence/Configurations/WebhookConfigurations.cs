using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.Modules.Review.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enrollment.Modules.Review.Infrastructure.Persistence.Configurations;

/// <summary>The secret is encrypted at rest with the personal-data keys (ADR-0029): it is needed in clear to sign, so it cannot be a hash.</summary>
internal sealed class WebhookSubscriptionConfiguration(PersonalDataProtector protector) : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("WebhookSubscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ClientId).HasMaxLength(40).IsRequired();
        builder.Property(s => s.Url).HasMaxLength(WebhookTargets.MaxUrlLength).IsRequired();
        builder.Property(s => s.Events)
            .HasConversion(
                e => string.Join(' ', e),
                text => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList(),
                new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s)), v => v.ToList()))
            .HasMaxLength(200);
        builder.Property(s => s.Description).HasMaxLength(WebhookSubscription.MaxDescriptionLength);
        builder.Property(s => s.Secret).IsEncryptedText(protector).IsRequired();
        builder.HasIndex(s => new { s.ClientId, s.IsDeleted });
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    /// <summary>One delivery per subscription and event: an event the outbox delivers twice is posted once.</summary>
    public const string EventIndex = "IX_WebhookDeliveries_SubscriptionId_EventId";

    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("WebhookDeliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.ClientId).HasMaxLength(40).IsRequired();
        builder.Property(d => d.EventType).HasMaxLength(40).IsRequired();
        builder.Property(d => d.Payload).HasMaxLength(2000).IsRequired();
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.LastError).HasMaxLength(WebhookDelivery.MaxErrorLength);
        builder.HasIndex(d => new { d.SubscriptionId, d.EventId }).IsUnique().HasDatabaseName(EventIndex);
        builder.HasIndex(d => new { d.ClientId, d.CreatedAt });
        builder.HasIndex(d => d.CreatedAt);
        builder.HasIndex(d => d.ApplicationId);
    }
}

internal sealed class WebhookDeliveryAttemptConfiguration : IEntityTypeConfiguration<WebhookDeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookDeliveryAttempt> builder)
    {
        builder.ToTable("WebhookDeliveryAttempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Error).HasMaxLength(WebhookDelivery.MaxErrorLength);
        builder.HasIndex(a => new { a.DeliveryId, a.Number });
    }
}
