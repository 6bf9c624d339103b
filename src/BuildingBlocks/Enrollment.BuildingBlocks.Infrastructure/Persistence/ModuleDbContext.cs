using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Infrastructure.Outbox;
using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Enrollment.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// The base of every module's database context. Each module owns one schema (a table-name prefix on
/// SQLite, which has no schemas) and its own outbox table, so modules never share tables.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The module's schema name, lower case: <c>registration</c>, <c>review</c>, ...</summary>
    public abstract string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>
    /// The host's protector of personal identifiers (ADR-0029): the encrypting converters of the model hold it, so
    /// each key set gets its own model (<see cref="PersonalDataModelCacheKeyFactory"/>). Design time and contexts made
    /// without the host use the built-in development keys.
    /// </summary>
    public PersonalDataProtector PersonalData => _personalData ??=
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(typeof(PersonalDataProtector)) as PersonalDataProtector
        ?? PersonalDataProtector.Development;

    // The protector is a singleton of the host whose pool made this context (a pool's options carry the host's root
    // services), so a pooled context may keep it from one lease to the next: it is the same for every request.
    private PersonalDataProtector? _personalData;

    private IServiceProvider? _scope;

    /// <summary>
    /// The services of the scope (request, job, outbox delivery) that holds this context from the host's pool
    /// (<see cref="ModuleContexts"/>); null while it waits in the pool, and for a context made without the host. Anything
    /// scoped a context needs (the SQLite write hold of ADR-0047) comes from here: the context's application services are
    /// the host's root services, shared by every request (ADR-0048).
    /// </summary>
    internal IServiceProvider? ScopeServices => _scope;

    /// <summary>Called by <see cref="ModuleContexts"/> when a scope takes this context from the pool.</summary>
    internal void LeaseTo(IServiceProvider scope)
    {
        if (_scope is not null)
        {
            throw new InvalidOperationException($"The {Schema} context is already held by another scope.");
        }

        _scope = scope;
    }

    /// <summary>
    /// Gives this context back to the host's pool (by <see cref="ModuleContexts"/> when its scope ends): the module's own
    /// per-lease state is cleared first (<see cref="OnReturning"/>), then EF's reset forgets every tracked entity,
    /// disposes an open transaction (which gives back the SQLite write slot) and closes the connection.
    /// </summary>
    internal async ValueTask ReturnAsync()
    {
        _scope = null;
        OnReturning();
        await base.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc cref="ReturnAsync"/>
    internal void Return()
    {
        _scope = null;
        OnReturning();
        base.Dispose();
    }

    /// <summary>
    /// Clears whatever a module's context keeps in its own fields during one scope, before the context goes back to the
    /// pool and another request takes it (ADR-0048). EF's own state (tracked entities, transaction, connection,
    /// command timeout, events) is reset by EF.
    /// </summary>
    protected virtual void OnReturning()
    {
    }

    /// <summary>
    /// While a scope holds this context, disposing it does nothing: the scope's <see cref="ModuleContexts"/> gives it back
    /// to the pool exactly once when the scope ends (the container disposes the context under each of its service
    /// types, and a second give-back could hand back a context another request already holds).
    /// </summary>
    public override void Dispose()
    {
        if (_scope is null)
        {
            base.Dispose();
        }
    }

    /// <inheritdoc cref="Dispose"/>
    public override ValueTask DisposeAsync() => _scope is null ? base.DisposeAsync() : ValueTask.CompletedTask;

    /// <summary>
    /// Turns a unique-index violation into the business rule it stands for (e.g. the same student ID
    /// twice in one season), so a lost race answers like a failed check. Null when it is not one of ours.
    /// </summary>
    public virtual DomainError? TranslateUniqueViolation(string constraintOrMessage) => null;

    protected abstract void ConfigureModule(ModelBuilder modelBuilder);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        FillBlindIndexes();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        FillBlindIndexes();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Sets every blind-index column (<see cref="PersonalDataModel.BlindIndexOf"/>) from its source property's
    /// plaintext, so that lookups never need the plaintext in the database.
    /// </summary>
    private void FillBlindIndexes()
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Metadata.GetProperties())
            {
                if (property.FindAnnotation(PersonalDataModel.BlindIndexOf)?.Value is not string spec)
                {
                    continue;
                }

                var parts = spec.Split('|');
                var source = entry.Metadata.FindProperty(parts[0])
                    ?? throw new InvalidOperationException($"The blind index {property.Name} names an unknown property {parts[0]}.");
                var value = entry.Property(source.Name).CurrentValue;
                string? plaintext = value switch
                {
                    null => null,
                    string text => text,
                    _ when source.GetValueConverter() is IEncryptedConverter encrypted => encrypted.PlaintextOf(value),
                    _ => value.ToString(),
                };
                var index = plaintext is null ? null : PersonalData.BlindIndex(parts[1], plaintext);
                var target = entry.Property(property.Name);
                if (!Equals(target.CurrentValue, index))
                {
                    target.CurrentValue = index;
                }
            }
        }
    }

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (!Database.IsSqlite())
        {
            modelBuilder.HasDefaultSchema(Schema);
        }

        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        ConfigureModule(modelBuilder);

        if (Database.IsSqlite())
        {
            foreach (var entityType in modelBuilder.Model.GetEntityTypes())
            {
                // Owned types stored in their owner's table are renamed the same way, so they stay together.
                if (entityType.GetTableName() is { } table && !table.StartsWith(Schema + "_", StringComparison.Ordinal))
                {
                    entityType.SetTableName($"{Schema}_{table}");
                }
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite cannot compare or order DateTimeOffset values; stored as UTC ticks they sort correctly
        // whatever offset a value came with (read back as UTC).
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

    /// <summary>Provider-specific SQL for a filtered unique index predicate over boolean and nullable columns.</summary>
    protected string NotDeletedAndNotNull(string deletedColumn, string nullableColumn) =>
        Database.IsNpgsql()
            ? $"\"{deletedColumn}\" = false AND \"{nullableColumn}\" IS NOT NULL"
            : Database.IsSqlServer()
                ? $"[{deletedColumn}] = 0 AND [{nullableColumn}] IS NOT NULL"
                : $"\"{deletedColumn}\" = 0 AND \"{nullableColumn}\" IS NOT NULL";
}
