using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Applications.Rules;
using Enrollment.Modules.Registration.Domain.Articles;
using Enrollment.Modules.Registration.Domain.Retention;
using Enrollment.Modules.Registration.Domain.Schools;
using Enrollment.Modules.Registration.Domain.Seasons;
using Enrollment.Modules.Registration.Infrastructure.Persistence.Configurations;
using Enrollment.Modules.Registration.Infrastructure.Seasons;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence;

/// <summary>The Registration module's own database: schema <c>registration</c>.</summary>
internal abstract class RegistrationDbContext : ModuleDbContext
{
    public const string SchemaName = "registration";

    private bool _seasonsChanging;

    protected RegistrationDbContext(DbContextOptions options)
        : base(options)
    {
        // A season saved on this instance is read fresh by the next request here (ADR-0038).
        SavingChanges += (_, _) => _seasonsChanging = ChangeTracker.Entries<Season>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        SavedChanges += (_, _) => InvalidateSeasons();
        SaveChangesFailed += (_, _) => InvalidateSeasons();
    }

    private void InvalidateSeasons()
    {
        if (_seasonsChanging)
        {
            _seasonsChanging = false;
            (this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(typeof(SeasonCache)) as SeasonCache)?.Invalidate();
        }
    }

    /// <summary>A pooled context never carries a season change into the next request (ADR-0048).</summary>
    protected override void OnReturning() => _seasonsChanging = false;

    public override string Schema => SchemaName;

    public DbSet<StudentApplication> Applications => Set<StudentApplication>();

    public DbSet<Season> Seasons => Set<Season>();

    public DbSet<School> Schools => Set<School>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<RetentionReport> RetentionReports => Set<RetentionReport>();

    public DbSet<RetentionReportItem> RetentionReportItems => Set<RetentionReportItem>();

    /// <summary>The grams of the listed applications' student names, the reviewers' name search (ADR-0049).</summary>
    public DbSet<ApplicationNameGram> NameGrams => Set<ApplicationNameGram>();

    /// <summary>
    /// Every change of an application takes its position in the change sequence in the same transaction (ADR-0031), and
    /// brings the grams of its student's name up to date there too (ADR-0049).
    /// </summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        ChangeSequence.SaveStampedAsync(
            this,
            acceptAllChangesOnSuccess,
            (accept, token) => NameGramIndex.SaveAsync(this, accept, base.SaveChangesAsync, token),
            cancellationToken);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        ChangeSequence.ChangedApplications(this).Count == 0
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new NotSupportedException("Applications are saved with SaveChangesAsync, which takes their change positions.");

    public override DomainError? TranslateUniqueViolation(string constraintOrMessage) =>
        constraintOrMessage.Contains(ApplicationConfiguration.StudentUniqueIndex, StringComparison.Ordinal)
        || constraintOrMessage.Contains(nameof(StudentApplication.StudentLookupKey), StringComparison.Ordinal)
            ? DomainError.Of(new StudentIdMustBeUniqueInSeasonRule(registeredInAnotherApplication: true))
            : null;

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ApplicationConfiguration(
            NotDeletedAndNotNull(nameof(StudentApplication.IsDeleted), nameof(StudentApplication.StudentLookupKey)),
            new ValueConverters(PersonalData)));
        modelBuilder.ApplyConfiguration(new ChangeCounterConfiguration());
        modelBuilder.ApplyConfiguration(new ApplicationNameGramConfiguration(Database.IsSqlServer()));
        modelBuilder.ApplyConfiguration(new SeasonConfiguration());
        modelBuilder.ApplyConfiguration(new SchoolConfiguration());
        modelBuilder.ApplyConfiguration(new ArticleConfiguration());
        modelBuilder.ApplyConfiguration(new RetentionReportConfiguration());
        modelBuilder.ApplyConfiguration(new RetentionReportItemConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotencyRecordConfiguration(PersonalData));
    }
}
