using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Domain.ApplicationHistory;
using Enrollment.Modules.Review.Domain.Audit;
using Enrollment.Modules.Review.Domain.Decisions;
using Enrollment.Modules.Review.Domain.Notifications;
using Enrollment.Modules.Review.Domain.ReturnReasons;
using Enrollment.Modules.Review.Domain.Webhooks;
using Enrollment.Modules.Review.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Review.Infrastructure.Persistence;

/// <summary>The Review module's own database: schema <c>review</c>.</summary>
internal abstract class ReviewDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "review";

    public override string Schema => SchemaName;

    public DbSet<ApplicationHistoryEntry> ApplicationHistory => Set<ApplicationHistoryEntry>();

    public DbSet<ReturnDecision> ReturnDecisions => Set<ReturnDecision>();

    public DbSet<AuditEntry> AuditTrail => Set<AuditEntry>();

    public DbSet<ReturnReasonOption> ReturnReasons => Set<ReturnReasonOption>();

    public DbSet<ParentNotification> ParentNotifications => Set<ParentNotification>();

    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<WebhookDeliveryAttempt> WebhookDeliveryAttempts => Set<WebhookDeliveryAttempt>();

    /// <summary>How often an append that lost the race for its place in the chain is chained again after the winner.</summary>
    private const int MaxChainAttempts = 20;

    /// <summary>
    /// The audit trail is append-only: a change or a deletion of one of its lines is refused before anything is written.
    /// New lines are chained (sequence, previous hash, hash) after the last saved line; when another append took that
    /// place first, the unique sequence index refuses the whole save and the lines are chained again after it.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit trail is append-only: its lines cannot be changed or deleted.");
        }

        List<AuditEntry> appended = [.. ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)];
        for (var attempt = 1; ; attempt++)
        {
            if (appended.Count > 0)
            {
                var last = await AuditTrail.AsNoTracking().OrderByDescending(e => e.Sequence)
                    .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
                var sequence = last?.Sequence ?? 0;
                var previous = last?.Hash ?? AuditEntry.Genesis;
                foreach (var entry in appended)
                {
                    entry.Chain(++sequence, previous);
                    previous = entry.Hash!;
                }
            }

            try
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            catch (DbUpdateException exception) when (appended.Count > 0 && attempt < MaxChainAttempts
                && UniqueViolation.Describe(exception) is { } violation
                && (violation.Contains(AuditEntryConfiguration.SequenceIndex, StringComparison.Ordinal) || violation.Contains("AuditTrail.Sequence", StringComparison.Ordinal)))
            {
                // Another request appended first: chain after its line and save again.
            }
        }
    }

    public override DomainError? TranslateUniqueViolation(string constraintOrMessage) =>
        constraintOrMessage.Contains(ApplicationHistoryEntryConfiguration.MessageIndex, StringComparison.Ordinal)
        || constraintOrMessage.Contains("ApplicationHistory.MessageId", StringComparison.Ordinal)
            ? MessageAlreadyRecorded.Error
            : null;

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ApplicationHistoryEntryConfiguration());
        modelBuilder.ApplyConfiguration(new ReturnDecisionConfiguration(PersonalData));
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new ReturnReasonOptionConfiguration());
        modelBuilder.ApplyConfiguration(new ParentNotificationConfiguration());
        modelBuilder.ApplyConfiguration(new WebhookSubscriptionConfiguration(PersonalData));
        modelBuilder.ApplyConfiguration(new WebhookDeliveryConfiguration());
        modelBuilder.ApplyConfiguration(new WebhookDeliveryAttemptConfiguration());
    }
}

internal sealed class ReturnDecisionRepository(ReviewDbContext context) : IReturnDecisionRepository
{
    public void Add(ReturnDecision decision) => context.ReturnDecisions.Add(decision);

    public Task<ReturnDecision?> GetLatestAsync(Guid applicationId, CancellationToken cancellationToken) =>
        context.ReturnDecisions.AsNoTracking()
            .Where(d => d.ApplicationId == applicationId)
            .OrderByDescending(d => d.ReturnedAt)
            .ThenByDescending(d => d.Id)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ReturnDecision>> ListForUpdateAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken)
    {
        List<Guid> ids = [.. applicationIds];
        return await context.ReturnDecisions.Where(d => ids.Contains(d.ApplicationId)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlySet<Guid>> ReturnedAmongAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken)
    {
        var returned = new HashSet<Guid>();
        foreach (var chunk in applicationIds.Distinct().Chunk(1000))
        {
            returned.UnionWith(await context.ReturnDecisions.AsNoTracking()
                .Where(d => chunk.Contains(d.ApplicationId))
                .Select(d => d.ApplicationId)
                .Distinct()
                .ToListAsync(cancellationToken));
        }

        return returned;
    }
}

internal sealed class AuditTrail(ReviewDbContext context) : IAuditTrail
{
    public void Add(AuditEntry entry) => context.AuditTrail.Add(entry);

    public IAsyncEnumerable<AuditEntry> ReadInChainOrderAsync(CancellationToken cancellationToken) =>
        context.AuditTrail.AsNoTracking().OrderBy(e => e.Sequence).AsUnbufferedAsyncEnumerable(context, cancellationToken);

    public async Task<(IReadOnlyList<AuditEntry> Items, int Total)> ListAsync(AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var lines = context.AuditTrail.AsNoTracking();
        if (filter.ApplicationId is { } applicationId)
        {
            lines = lines.Where(e => e.ApplicationId == applicationId);
        }

        if (filter.StaffId is { } staffId)
        {
            lines = lines.Where(e => e.StaffId == staffId);
        }

        if (filter.Action is { } action)
        {
            lines = lines.Where(e => e.Action == action);
        }

        if (filter.From is { } from)
        {
            lines = lines.Where(e => e.OccurredAt >= from);
        }

        if (filter.To is { } to)
        {
            lines = lines.Where(e => e.OccurredAt <= to);
        }

        var total = await lines.CountAsync(cancellationToken);

        var items = await lines.OrderByDescending(e => e.Position)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (items, total);
    }
}

internal sealed class ReturnReasonRepository(ReviewDbContext context) : IReturnReasonRepository
{
    public void Add(ReturnReasonOption option) => context.ReturnReasons.Add(option);

    public Task<ReturnReasonOption?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.ReturnReasons.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task<IReadOnlyList<ReturnReasonOption>> ListAsync(CancellationToken cancellationToken) =>
        await context.ReturnReasons.AsNoTracking().OrderBy(r => r.SortOrder).ThenBy(r => r.Text).ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, ReturnReasonOption>> GetManyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        List<Guid> wanted = [.. ids.Distinct()];
        return await context.ReturnReasons.AsNoTracking().Where(r => wanted.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
    }

    public Task<bool> TextTakenAsync(string text, Guid? except, CancellationToken cancellationToken) =>
        context.ReturnReasons.AnyAsync(r => r.Text == text && r.Id != except, cancellationToken);
}

internal sealed class ApplicationHistoryRepository(ReviewDbContext context) : Application.ApplicationHistory.IApplicationHistoryRepository
{
    public Task<bool> HasMessageAsync(Guid messageId, CancellationToken cancellationToken) =>
        context.ApplicationHistory.AnyAsync(e => e.MessageId == messageId, cancellationToken);

    public void Add(ApplicationHistoryEntry entry) => context.ApplicationHistory.Add(entry);
}
