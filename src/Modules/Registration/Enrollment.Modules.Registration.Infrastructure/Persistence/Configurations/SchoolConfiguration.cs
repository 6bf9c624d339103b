using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Configurations;

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.ToTable("Schools");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasConversion(id => id.Value, value => new SchoolId(value)).ValueGeneratedNever();
        builder.Property(s => s.SeasonId).HasConversion(id => id.Value, value => new SeasonId(value));
        builder.Property(s => s.Name).HasMaxLength(School.MaxNameLength);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(s => s.DomainEvents);
        builder.HasIndex(s => new { s.SeasonId, s.Name }).IsUnique();

        builder.OwnsMany(s => s.Classes, classes =>
        {
            classes.ToTable("SchoolClasses");
            classes.WithOwner().HasForeignKey("SchoolId");
            classes.HasKey(c => c.Id);
            classes.Property(c => c.Id).ValueGeneratedNever();
            classes.Property(c => c.Name).HasMaxLength(30);
        });
        builder.Navigation(s => s.Classes).HasField("_classes").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
