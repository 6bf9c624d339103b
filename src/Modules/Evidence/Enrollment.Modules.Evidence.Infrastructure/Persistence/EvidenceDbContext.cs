using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Evidence.Domain.Evidences.Rules;
using Enrollment.Modules.Evidence.Domain.SocialInsurance;
using Enrollment.Modules.Evidence.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Evidence.Infrastructure.Persistence;

/// <summary>The Evidence module's own database: schema <c>evidence</c>.</summary>
internal abstract class EvidenceDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "evidence";

    public override string Schema => SchemaName;

    public DbSet<EligibilityEvidence> Evidences => Set<EligibilityEvidence>();

    public DbSet<SocialInsuranceRecord> SocialInsuranceRecords => Set<SocialInsuranceRecord>();

    public DbSet<SocialInsuranceImport> SocialInsuranceImports => Set<SocialInsuranceImport>();

    public DbSet<SocialInsuranceOutcome> SocialInsuranceOutcomes => Set<SocialInsuranceOutcome>();

    /// <summary>Two first saves of one application's evidence raced: the loser inserted the same root row.</summary>
    public override DomainError? TranslateUniqueViolation(string constraintOrMessage) =>
        constraintOrMessage.Contains("eligibility_evidence", StringComparison.Ordinal)
            ? DomainError.Of(new EvidenceMustBeStartedOnceRule(alreadyStarted: true))
            : constraintOrMessage.Contains("social_insurance_imports", StringComparison.Ordinal)
                ? SocialInsuranceErrors.AlreadyQueued
                : null;

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        // Those without personal data; the three with it take the host's protector (ADR-0029).
        modelBuilder.ApplyConfiguration(new SocialInsuranceImportConfiguration());
        modelBuilder.ApplyConfiguration(new EligibilityEvidenceConfiguration(PersonalData));
        modelBuilder.ApplyConfiguration(new SocialInsuranceRecordConfiguration(PersonalData));
        modelBuilder.ApplyConfiguration(new SocialInsuranceOutcomeConfiguration(PersonalData));
    }
}
