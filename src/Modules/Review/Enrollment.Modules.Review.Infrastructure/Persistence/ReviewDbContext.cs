using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Review.Domain.ApplicationHistory;
using Enrollment.Modules.Review.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Review.Infrastructure.Persistence;

/// <summary>The Review module's own database: schema <c>review</c>.</summary>
internal abstract class ReviewDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "review";

    public override string Schema => SchemaName;

    public DbSet<ApplicationHistoryEntry> ApplicationHistory => Set<ApplicationHistoryEntry>();

    public override IBusinessRule? TranslateUniqueViolation(string constraintOrMessage) =>
        constraintOrMessage.Contains(ApplicationHistoryEntryConfiguration.MessageIndex, StringComparison.Ordinal)
        || constraintOrMessage.Contains("ApplicationHistory.MessageId", StringComparison.Ordinal)
            ? new MessageAlreadyRecordedRule()
            : null;

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new ApplicationHistoryEntryConfiguration());
}

internal sealed class ApplicationHistoryRepository(ReviewDbContext context) : Application.ApplicationHistory.IApplicationHistoryRepository
{
    public Task<bool> HasMessageAsync(Guid messageId, CancellationToken cancellationToken) =>
        context.ApplicationHistory.AnyAsync(e => e.MessageId == messageId, cancellationToken);

    public void Add(ApplicationHistoryEntry entry) => context.ApplicationHistory.Add(entry);
}
