using Enrollment.Modules.Registration.Domain.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Configurations;

internal sealed class RetentionReportConfiguration : IEntityTypeConfiguration<RetentionReport>
{
    public void Configure(EntityTypeBuilder<RetentionReport> builder)
    {
        builder.ToTable("RetentionReports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.PlannedBy).HasMaxLength(100);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(r => r.DomainEvents);
        builder.HasIndex(r => r.PlannedAt);
    }
}

/// <summary>A report's applications: its own table, read in batches (a season is up to 150,000).</summary>
internal sealed class RetentionReportItemConfiguration : IEntityTypeConfiguration<RetentionReportItem>
{
    public void Configure(EntityTypeBuilder<RetentionReportItem> builder)
    {
        builder.ToTable("RetentionReportItems");
        builder.HasKey(i => new { i.ReportId, i.ApplicationId });
        builder.Property(i => i.Status).HasMaxLength(30);
        builder.HasOne<RetentionReport>().WithMany().HasForeignKey(i => i.ReportId).OnDelete(DeleteBehavior.Cascade);

        // "Not yet listed by a planned report" looks the application up.
        builder.HasIndex(i => i.ApplicationId);
    }
}
