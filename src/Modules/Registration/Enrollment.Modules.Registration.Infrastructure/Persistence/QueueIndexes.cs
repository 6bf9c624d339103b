using Enrollment.BuildingBlocks.Infrastructure.Persistence;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence;

/// <summary>
/// The reviewers' queue's indexes (issue 17, ADR-0042): one per way the queue narrows — none (newest change first), by
/// status, by graduation school (also the reviewers' scope) — each leading with its equality column and then the
/// queue's order (UpdatedAt, Id), so a page is an index range read in order (no sort, a far page skips index entries);
/// and each carrying every other column a queue filter or the "submitted, not deleted, has a student" test reads, so
/// the count is an index-only scan and never reads the table. Partial (`Status &lt;&gt; 'Draft'`, the test the queue always
/// applies, written as EF writes it): drafts — every wizard save — never touch them.
/// They mix the owner's columns with the owned student's, which an EF index cannot (an index belongs to one entity
/// type), so they are created by SQL in the migrations and are not in the model; SQLite migrations that rebuild the
/// table would drop them, which <c>SubmittedApplicationQueryPlanTests</c> would catch.
/// </summary>
internal static class QueueIndexes
{
    public const string Newest = "IX_Applications_Queue_UpdatedAt";
    public const string ByStatus = "IX_Applications_Queue_Status";
    public const string BySchool = "IX_Applications_Queue_School";

    private static readonly (string Name, string Leading)[] Indexes = [(Newest, ""), (ByStatus, "Status"), (BySchool, "StudentGraduationSchoolId")];
    private static readonly string[] Order = ["UpdatedAt", "Id"];
    private static readonly string[] Carried = ["IsDeleted", "Status", "StudentGraduationSchoolId", "StudentName", "GraduationType", "SubmittedAt"];

    /// <summary>The statements creating the indexes; PostgreSQL and SQL Server carry the other columns as INCLUDE, SQLite as trailing keys.</summary>
    public static IEnumerable<string> Create(DatabaseProvider provider)
    {
        foreach (var (name, leading) in Indexes)
        {
            var keys = leading.Length > 0 ? Order.Prepend(leading).ToArray() : Order;
            var carried = Carried.Where(c => c != leading).ToArray();
            yield return provider switch
            {
                DatabaseProvider.Sqlite =>
                    $"CREATE INDEX \"{name}\" ON \"registration_Applications\" ({List([.. keys, .. carried], '"', '"')}) WHERE \"Status\" <> 'Draft';",
                DatabaseProvider.PostgreSql =>
                    $"CREATE INDEX \"{name}\" ON registration.\"Applications\" ({List(keys, '"', '"')}) INCLUDE ({List(carried, '"', '"')}) WHERE \"Status\" <> 'Draft';",
                DatabaseProvider.SqlServer =>
                    $"CREATE INDEX [{name}] ON [registration].[Applications] ({List(keys, '[', ']')}) INCLUDE ({List(carried, '[', ']')}) WHERE [Status] <> N'Draft';",
                _ => throw new ArgumentOutOfRangeException(nameof(provider)),
            };
        }
    }

    public static IEnumerable<string> Drop(DatabaseProvider provider) =>
        Indexes.Select(i => provider switch
        {
            DatabaseProvider.Sqlite => $"DROP INDEX IF EXISTS \"{i.Name}\";",
            DatabaseProvider.PostgreSql => $"DROP INDEX IF EXISTS registration.\"{i.Name}\";",
            DatabaseProvider.SqlServer => $"DROP INDEX IF EXISTS [{i.Name}] ON [registration].[Applications];",
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        });

    private static string List(IEnumerable<string> columns, char open, char close) => string.Join(", ", columns.Select(c => $"{open}{c}{close}"));
}
