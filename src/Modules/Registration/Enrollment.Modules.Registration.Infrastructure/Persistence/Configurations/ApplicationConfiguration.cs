using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Seasons;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence.Configurations;

/// <param name="notDeletedFilter">The provider's SQL for "not deleted and has a student", for the filtered unique index.</param>
/// <param name="converters">The encrypting converters of the host's keys.</param>
internal sealed class ApplicationConfiguration(string notDeletedFilter, ValueConverters converters) : IEntityTypeConfiguration<StudentApplication>
{
    public const string StudentUniqueIndex = "UX_Applications_SeasonId_StudentLookupKey";

    /// <summary>The lookup key alone (the unique index above leads with the season, which the reviewers' search does not know).</summary>
    public const string StudentLookupIndex = "IX_Applications_StudentLookupKey";

    /// <summary>The blind index of a parent's resident ID (shadow column beside the encrypted one), for the siblings lookup.</summary>
    public const string ResidentIdIndex = "ResidentIdIndex";

    public void Configure(EntityTypeBuilder<StudentApplication> builder)
    {
        builder.ToTable("Applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasConversion(id => id.Value, value => new ApplicationId(value)).ValueGeneratedNever();
        builder.Property(a => a.SeasonId).HasConversion(id => id.Value, value => new SeasonId(value));
        builder.Property(a => a.GraduationType).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        // The blind index of the student's ID (ADR-0029): the unique index below refuses the same child twice without plaintext.
        builder.Property(a => a.StudentLookupKey).HasConversion((Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter)converters.StudentLookupKey).HasMaxLength(128);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(a => a.ReturnReasons);
        builder.Ignore(a => a.DomainEvents);
        builder.Ignore(a => a.IsStudentComplete);
        builder.Ignore(a => a.IsGuardiansComplete);
        builder.Ignore(a => a.IsHouseholdComplete);
        builder.Ignore(a => a.IsAnonymized);

        builder.OwnsOne(a => a.Student, student =>
        {
            student.Property(s => s.Name).HasConversion(ValueConverters.StudentName).HasMaxLength(30).HasColumnName("StudentName");
            student.Property(s => s.ResidentId).HasConversion(converters.ResidentId).HasMaxLength(PersonalDataModel.EncryptedLength).HasColumnName("StudentResidentId");
            student.Property(s => s.FormerName).HasConversion(ValueConverters.StudentName!).HasMaxLength(30).HasColumnName("StudentFormerName");
            student.Property(s => s.EthnicityCode).HasMaxLength(2).HasColumnName("StudentEthnicityCode");
            student.Property(s => s.GraduationSchoolId).HasColumnName("StudentGraduationSchoolId");
            student.Property(s => s.GraduationClassId).HasColumnName("StudentGraduationClassId");
            student.Property(s => s.BirthCertificateNumber).HasConversion(converters.BirthCertificate!).HasMaxLength(PersonalDataModel.EncryptedLength).HasColumnName("StudentBirthCertificateNumber");
            student.Property(s => s.OverAgeConfirmed).HasColumnName("StudentOverAgeConfirmed");
            student.Ignore(s => s.Gender);
            student.Ignore(s => s.BirthDate);

            // The reviewers' queue of a school (and whether a school is in use).
            student.HasIndex(s => s.GraduationSchoolId);
        });
        builder.Navigation(a => a.Student).IsRequired(false);

        ConfigureGuardian(builder, a => a.Father, "Father");
        ConfigureGuardian(builder, a => a.Mother, "Mother");

        builder.OwnsOne(a => a.Household, household =>
        {
            household.Property(h => h.Type).HasConversion<string>().HasMaxLength(20).HasColumnName("HouseholdType");
            household.Property(h => h.RegionCode).HasMaxLength(12).HasColumnName("HouseholdRegionCode");
            household.Property(h => h.RegionName).HasMaxLength(200).HasColumnName("HouseholdRegionName");
            household.Property(h => h.AddressDetail).HasMaxLength(100).HasColumnName("HouseholdAddressDetail");
            household.Property(h => h.Community).HasMaxLength(50).HasColumnName("HouseholdCommunity");
            household.Property(h => h.HouseholderName).HasConversion(ValueConverters.StudentName).HasMaxLength(30).HasColumnName("HouseholderName");
            household.Property(h => h.HouseholderResidentId).HasConversion(converters.ResidentId).HasMaxLength(PersonalDataModel.EncryptedLength).HasColumnName("HouseholderResidentId");
            household.Property(h => h.RelationToHouseholder).HasMaxLength(10).HasColumnName("HouseholderRelation");
            household.Property(h => h.GuardianOnSameBooklet).HasConversion<string>().HasMaxLength(10).HasColumnName("HouseholdGuardianOnSameBooklet");
        });
        builder.Navigation(a => a.Household).IsRequired(false);

        builder.HasIndex(a => new { a.ParentAccountId, a.IsDeleted });

        // The integrators' changes feed (ADR-0031): the position of the application's last change, in order.
        builder.Property<long>(ChangeSequence.Column);
        builder.HasIndex(ChangeSequence.Column).IsUnique().HasDatabaseName(ChangeSequence.Index);

        // Newest change first (drafts included); the reviewers' queue has its own partial indexes (QueueIndexes, ADR-0042).
        builder.HasIndex(a => a.UpdatedAt);

        // The reviewers' search by a full resident ID goes through its blind index, in every season (ADR-0042).
        builder.HasIndex(a => a.StudentLookupKey).HasDatabaseName(StudentLookupIndex);

        // The season-wide "registered once" rule; deleted applications free the ID again.
        builder.HasIndex(a => new { a.SeasonId, a.StudentLookupKey })
            .IsUnique()
            .HasDatabaseName(StudentUniqueIndex)
            .HasFilter(notDeletedFilter);
    }

    private void ConfigureGuardian(
        EntityTypeBuilder<StudentApplication> builder,
        System.Linq.Expressions.Expression<Func<StudentApplication, Guardian?>> navigation,
        string prefix)
    {
        builder.OwnsOne(navigation, guardian =>
        {
            guardian.Property(g => g.Name).HasConversion(ValueConverters.StudentName).HasMaxLength(30).HasColumnName($"{prefix}Name");
            guardian.Property(g => g.ResidentId).HasConversion(converters.ResidentId).HasMaxLength(PersonalDataModel.EncryptedLength).HasColumnName($"{prefix}ResidentId");
            guardian.Property<string?>(ResidentIdIndex).IsBlindIndexOf(nameof(Guardian.ResidentId), BlindIndexPurposes.ResidentId).HasColumnName($"{prefix}ResidentIdIndex");
            guardian.Property(g => g.Mobile).HasConversion((Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter)converters.Mobile).HasMaxLength(PersonalDataModel.EncryptedLength).HasColumnName($"{prefix}Mobile");
            guardian.HasIndex(ResidentIdIndex);
            guardian.Property(g => g.RegionCode).HasMaxLength(12).HasColumnName($"{prefix}RegionCode");
            guardian.Property(g => g.RegionName).HasMaxLength(200).HasColumnName($"{prefix}RegionName");
            guardian.Property(g => g.AddressDetail).HasMaxLength(100).HasColumnName($"{prefix}AddressDetail");
        });
        builder.Navigation(navigation).IsRequired(false);
    }
}
