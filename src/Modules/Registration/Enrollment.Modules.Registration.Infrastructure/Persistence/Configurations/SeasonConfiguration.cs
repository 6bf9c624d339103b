using Enrollment.Modules.Registration.Domain.Seasons;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Configurations;

internal sealed class SeasonConfiguration : IEntityTypeConfiguration<Season>
{
    public void Configure(EntityTypeBuilder<Season> builder)
    {
        builder.ToTable("Seasons");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasConversion(id => id.Value, value => new SeasonId(value)).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.HomeCountyCode).HasMaxLength(6).IsFixedLength();
        builder.ComplexProperty(s => s.PrimaryEntryWindow);
        builder.ComplexProperty(s => s.JuniorMiddleEntryWindow);
        builder.PrimitiveCollection(s => s.UrbanTownCodes);
        builder.Ignore(s => s.DomainEvents);
        builder.HasIndex(s => new { s.HomeCountyCode, s.Year }).IsUnique();
    }
}
