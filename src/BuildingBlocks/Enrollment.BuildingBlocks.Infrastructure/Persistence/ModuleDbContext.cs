using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
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
    /// Turns a unique-index violation into the business rule it stands for (e.g. the same student ID
    /// twice in one season), so a lost race answers like a failed check. Null when it is not one of ours.
    /// </summary>
    public virtual DomainError? TranslateUniqueViolation(string constraintOrMessage) => null;

    protected abstract void ConfigureModule(ModelBuilder modelBuilder);

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
