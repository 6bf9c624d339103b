using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Seasons;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Configurations;

/// <param name="notDeletedFilter">The provider's SQL for "not deleted and has a student", for the filtered unique index.</param>
internal sealed class ApplicationConfiguration(string notDeletedFilter) : IEntityTypeConfiguration<DomainApplication>
{
    public const string StudentUniqueIndex = "UX_Applications_SeasonId_StudentLookupKey";

    public void Configure(EntityTypeBuilder<DomainApplication> builder)
    {
        builder.ToTable("Applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasConversion(id => id.Value, value => new ApplicationId(value)).ValueGeneratedNever();
        builder.Property(a => a.SeasonId).HasConversion(id => id.Value, value => new SeasonId(value));
        builder.Property(a => a.GraduationType).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.StudentLookupKey).HasMaxLength(128);
        builder.Ignore(a => a.DomainEvents);

        builder.OwnsOne(a => a.Student, student =>
        {
            student.Property(s => s.Name).HasConversion(ValueConverters.StudentName).HasMaxLength(30).HasColumnName("StudentName");
            student.Property(s => s.ResidentId).HasConversion(ValueConverters.ResidentId).HasMaxLength(18).HasColumnName("StudentResidentId");
        });
        builder.Navigation(a => a.Student).IsRequired(false);

        builder.HasIndex(a => new { a.ParentAccountId, a.IsDeleted });

        // The season-wide "registered once" rule; deleted applications free the ID again.
        builder.HasIndex(a => new { a.SeasonId, a.StudentLookupKey })
            .IsUnique()
            .HasDatabaseName(StudentUniqueIndex)
            .HasFilter(notDeletedFilter);
    }
}
