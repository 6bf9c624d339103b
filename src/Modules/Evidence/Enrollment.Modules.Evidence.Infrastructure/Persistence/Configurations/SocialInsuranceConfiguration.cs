using System.Globalization;
using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.Modules.Evidence.Domain.SocialInsurance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Enrollment.Modules.Evidence.Infrastructure.Persistence.Configurations;

/// <summary>
/// <c>social_insurance_records</c>: one row per (resident ID, month, type), its primary key, so a month imported twice
/// is stored once. The resident ID column holds only its blind index (ADR-0029): matching needs equality, nothing reads
/// the ID back; only <see cref="SocialInsurance.SocialInsuranceRecordStore"/> reads or writes this table.
/// </summary>
internal sealed class SocialInsuranceRecordConfiguration(PersonalDataProtector protector) : IEntityTypeConfiguration<SocialInsuranceRecord>
{
    public void Configure(EntityTypeBuilder<SocialInsuranceRecord> builder)
    {
        builder.ToTable("social_insurance_records");
        builder.HasKey(r => new { r.ResidentId, r.Month, r.Type });
        builder.Property(r => r.ResidentId)
            .HasConversion(new BlindIndexConverter(protector, BlindIndexPurposes.ResidentId, SocialInsurance.SocialInsuranceRecordStore.Key))
            .HasMaxLength(PersonalDataModel.BlindIndexLength);
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Name).HasMaxLength(50);
        builder.Property(r => r.Employer).HasMaxLength(200);
        builder.HasIndex(r => r.ImportId);
    }
}

/// <summary><c>social_insurance_imports</c>, unique by content hash, and the listed refusals in <c>social_insurance_import_refusals</c>.</summary>
internal sealed class SocialInsuranceImportConfiguration : IEntityTypeConfiguration<SocialInsuranceImport>
{
    public void Configure(EntityTypeBuilder<SocialInsuranceImport> builder)
    {
        builder.ToTable("social_insurance_imports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.ContentHash).HasMaxLength(64);
        builder.HasIndex(i => i.ContentHash).IsUnique().HasDatabaseName("ux_social_insurance_imports_content_hash");
        builder.Property(i => i.Format).HasMaxLength(8);
        builder.Property(i => i.FileKey).HasMaxLength(200);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Failure).HasMaxLength(500);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.DomainEvents);
        builder.OwnsMany(i => i.Refusals, refusal =>
        {
            refusal.ToTable("social_insurance_import_refusals");
            refusal.WithOwner().HasForeignKey("ImportId");
            refusal.HasKey("ImportId", nameof(ImportRefusal.Row));
            refusal.Property(r => r.Row).ValueGeneratedNever();
            refusal.Property(r => r.Reason).HasMaxLength(200);
        });
        builder.Navigation(i => i.Refusals).HasField("_refusals").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary><c>social_insurance_outcomes</c>: one row per (application, page); months as <c>yyyy-MM</c> lists; the checked ID encrypted.</summary>
internal sealed class SocialInsuranceOutcomeConfiguration(PersonalDataProtector protector) : IEntityTypeConfiguration<SocialInsuranceOutcome>
{
    private static readonly ValueConverter<IReadOnlyList<DateOnly>, string> Months = new(
        months => string.Join(",", months.Select(InsuranceMonth.Format)),
        text => text.Length == 0 ? Array.Empty<DateOnly>() : text.Split(',', StringSplitOptions.None).Select(m => DateOnly.ParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray());

    private static readonly ValueComparer<IReadOnlyList<DateOnly>> MonthsComparer = new(
        (a, b) => a!.SequenceEqual(b!),
        months => months.Aggregate(0, (hash, month) => HashCode.Combine(hash, month)),
        months => months.ToArray());

    public void Configure(EntityTypeBuilder<SocialInsuranceOutcome> builder)
    {
        builder.ToTable("social_insurance_outcomes");
        builder.HasKey(o => new { o.ApplicationId, o.Kind });
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Parent).HasConversion<string>().HasMaxLength(8);
        builder.Property(o => o.ResidentId).IsEncryptedText(protector);
        builder.Property(o => o.Result).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.MissingMonths).HasConversion(Months, MonthsComparer).HasMaxLength(400);
        builder.Property(o => o.EmployeeMonths).HasConversion(Months, MonthsComparer).HasMaxLength(400);
        builder.Property(o => o.ResidentMonths).HasConversion(Months, MonthsComparer).HasMaxLength(400);
    }
}
