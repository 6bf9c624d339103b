using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enrollment.Modules.Regions.Infrastructure.Persistence.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<RegionRecord>
{
    public void Configure(EntityTypeBuilder<RegionRecord> builder)
    {
        builder.ToTable("Regions");
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(12).IsUnicode(false);
        builder.Property(r => r.Name).HasMaxLength(100).IsRequired();
        builder.Property(r => r.ParentCode).HasMaxLength(12).IsUnicode(false);
        builder.Property(r => r.Level);
        builder.HasIndex(r => r.ParentCode);
    }
}

internal sealed class RegionImportConfiguration : IEntityTypeConfiguration<RegionImportRecord>
{
    public void Configure(EntityTypeBuilder<RegionImportRecord> builder)
    {
        builder.ToTable("RegionImports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Source).HasMaxLength(260).IsRequired();
        builder.Property(r => r.Version).HasMaxLength(32).IsRequired();
        builder.HasIndex(r => r.ImportedAt);
    }
}
