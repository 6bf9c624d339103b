using Enrollment.Modules.Registration.Domain.Applications;
using Enrollment.Modules.Registration.Domain.Students;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence;

/// <summary>
/// One gram of the student's name of an application the reviewers' queue lists (ADR-0049): its first character or a pair
/// of adjacent characters (<see cref="StudentNameSearch.GramsOf"/>). A search index kept by this module beside the
/// applications, not part of the aggregate: only submitted, not deleted applications with a student have grams, so
/// drafts (every wizard save) never write them, and an anonymized application's grams go with its name.
/// </summary>
internal sealed class ApplicationNameGram
{
    public ApplicationNameGram(ApplicationId applicationId, string gram)
    {
        ApplicationId = applicationId;
        Gram = gram;
    }

    public ApplicationId ApplicationId { get; private set; }

    public string Gram { get; private set; }
}

internal sealed class ApplicationNameGramConfiguration(bool sqlServer) : IEntityTypeConfiguration<ApplicationNameGram>
{
    public const string Table = "ApplicationNameGrams";

    /// <summary>The postings of a gram, in application order: the search's driving range and the index-only count of a gram.</summary>
    public const string GramIndex = "IX_ApplicationNameGrams_Gram_ApplicationId";

    public void Configure(EntityTypeBuilder<ApplicationNameGram> builder)
    {
        builder.ToTable(Table);
        // The key leads with the application: its grams are replaced by one range, and "has this gram too" is one lookup.
        builder.HasKey(g => new { g.ApplicationId, g.Gram });
        builder.Property(g => g.ApplicationId).HasConversion(id => id.Value, value => new ApplicationId(value)).ValueGeneratedNever();
        var gram = builder.Property(g => g.Gram).HasMaxLength(4).IsRequired();
        if (sqlServer)
        {
            // Compared by code point: SQL Server's default collations weigh many CJK characters (the extensions) alike.
            gram.UseCollation("Latin1_General_100_BIN2");
        }

        builder.HasIndex(g => new { g.Gram, g.ApplicationId }).HasDatabaseName(GramIndex);
        builder.HasOne<StudentApplication>().WithMany().HasForeignKey(g => g.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// Keeps <see cref="ApplicationNameGram"/> in step with the applications a save writes, in the save's transaction
/// (ADR-0049): an application gains its grams when it is submitted, gets new ones when the student's name changes while
/// it is listed, and loses them when it is deleted or anonymized. Nothing is written for drafts, nor for changes that
/// leave the name and the listing alone (a review decision, another page).
/// </summary>
internal static class NameGramIndex
{
    /// <summary>Replaces the grams of the applications whose searchable name changed, then runs <paramref name="save"/>.</summary>
    public static async Task<int> SaveAsync(DbContext context, bool acceptAllChangesOnSuccess, Func<bool, CancellationToken, Task<int>> save, CancellationToken cancellationToken)
    {
        // Grams written by an earlier save of this context are no longer needed in memory; those a failed attempt added
        // (the execution strategy runs the save again) are computed again below.
        foreach (var tracked in context.ChangeTracker.Entries<ApplicationNameGram>().ToList())
        {
            tracked.State = EntityState.Detached;
        }

        List<ApplicationId> replaced = [];
        List<ApplicationNameGram> grams = [];
        foreach (var entry in context.ChangeTracker.Entries<StudentApplication>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            var application = entry.Entity;
            var listedBefore = entry.State == EntityState.Modified
                && Listed(entry.Property(a => a.Status).OriginalValue, entry.Property(a => a.IsDeleted).OriginalValue);
            var listedNow = Listed(application.Status, application.IsDeleted) && application.Student is not null;
            if ((!listedBefore && !listedNow) || (listedBefore && listedNow && !NameChanged(context, entry)))
            {
                continue;
            }

            if (listedBefore)
            {
                replaced.Add(application.Id);
            }

            if (listedNow)
            {
                grams.AddRange(StudentNameSearch.GramsOf(application.Student!.Name).Select(g => new ApplicationNameGram(application.Id, g)));
            }
        }

        if (replaced.Count > 0)
        {
            await context.Set<ApplicationNameGram>().Where(g => replaced.Contains(g.ApplicationId)).ExecuteDeleteAsync(cancellationToken);
        }

        context.AddRange(grams);
        return await save(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>In the reviewers' queue: submitted (not a draft) and not deleted. (Anonymized: no student, no name.)</summary>
    private static bool Listed(ApplicationStatus status, bool deleted) => status != ApplicationStatus.Draft && !deleted;

    /// <summary>
    /// Whether the student's name may differ from the one saved: the student was replaced (a page 2 save) or removed
    /// (anonymization) and the name is not the same, or its column was written. A rewrite of other columns (the
    /// re-encryption job) is not a change of name.
    /// </summary>
    private static bool NameChanged(DbContext context, EntityEntry<StudentApplication> entry)
    {
        var current = entry.Reference(a => a.Student).TargetEntry;
        var removed = context.ChangeTracker.Entries<Student>()
            .FirstOrDefault(e => e.State == EntityState.Deleted && ReferenceEquals(OwnerOf(context, e), entry.Entity));
        return current?.State switch
        {
            null => true,
            EntityState.Unchanged => removed is not null,
            EntityState.Modified => removed is not null || current.Property(s => s.Name).IsModified,
            _ => removed is null || removed.Entity.Name != current.Entity.Name,
        };
    }

    private static object? OwnerOf(DbContext context, EntityEntry<Student> owned)
    {
        var ownership = owned.Metadata.FindOwnership();
        if (ownership is null)
        {
            return null;
        }

        var key = ownership.Properties.Select(p => owned.Property(p.Name).CurrentValue).ToArray();
        return context.ChangeTracker.Entries<StudentApplication>()
            .FirstOrDefault(e => ownership.PrincipalKey.Properties.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(key))?.Entity;
    }
}
