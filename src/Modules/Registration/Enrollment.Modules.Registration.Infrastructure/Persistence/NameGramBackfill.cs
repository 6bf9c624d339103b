using Enrollment.BuildingBlocks.Infrastructure.Persistence;

namespace Enrollment.Modules.Registration.Infrastructure.Persistence;

/// <summary>
/// The grams of the applications that exist when the grams' table is created (migration <c>NameGrams</c>, ADR-0049): for
/// every listed application (submitted, not deleted, with a student) the name's first character and each distinct pair
/// of adjacent characters — what <see cref="Domain.Students.StudentNameSearch.GramsOf"/> computes for new saves.
/// Characters are code points, as in C#'s runes: SQLite's <c>substr</c> and PostgreSQL's (UTF-8 databases) count them;
/// SQL Server's <c>SUBSTRING</c> counts UTF-16 units under its usual collations, so there a surrogate pair (a character of
/// the CJK extensions) is taken as one character explicitly, and grams are compared by code point (BIN2).
/// </summary>
internal static class NameGramBackfill
{
    public static string Insert(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => """
            WITH RECURSIVE "n"("i") AS (SELECT 1 UNION ALL SELECT "i" + 1 FROM "n" WHERE "i" < 30)
            INSERT INTO "registration_ApplicationNameGrams" ("ApplicationId", "Gram")
            SELECT "a"."Id", substr("a"."StudentName", 1, 1)
            FROM "registration_Applications" AS "a"
            WHERE "a"."Status" <> 'Draft' AND NOT "a"."IsDeleted" AND "a"."StudentName" IS NOT NULL AND length("a"."StudentName") > 0
            UNION
            SELECT "a"."Id", substr("a"."StudentName", "n"."i", 2)
            FROM "registration_Applications" AS "a" JOIN "n" ON "n"."i" < length("a"."StudentName")
            WHERE "a"."Status" <> 'Draft' AND NOT "a"."IsDeleted" AND "a"."StudentName" IS NOT NULL;
            """,
        DatabaseProvider.PostgreSql => """
            INSERT INTO registration."ApplicationNameGrams" ("ApplicationId", "Gram")
            SELECT a."Id", substr(a."StudentName", 1, 1)
            FROM registration."Applications" AS a
            WHERE a."Status" <> 'Draft' AND NOT a."IsDeleted" AND a."StudentName" IS NOT NULL AND char_length(a."StudentName") > 0
            UNION
            SELECT a."Id", substr(a."StudentName", i, 2)
            FROM registration."Applications" AS a CROSS JOIN LATERAL generate_series(1, char_length(a."StudentName") - 1) AS i
            WHERE a."Status" <> 'Draft' AND NOT a."IsDeleted" AND a."StudentName" IS NOT NULL;
            """,
        DatabaseProvider.SqlServer => """
            WITH [c] AS (
                SELECT [a].[Id], 1 AS [Ordinal], 1 AS [Position],
                       CASE WHEN UNICODE(SUBSTRING([a].[StudentName], 1, 1)) BETWEEN 55296 AND 56319 THEN 2 ELSE 1 END AS [Width],
                       [a].[StudentName] AS [Name]
                FROM [registration].[Applications] AS [a]
                WHERE [a].[Status] <> N'Draft' AND [a].[IsDeleted] = 0 AND [a].[StudentName] IS NOT NULL AND LEN([a].[StudentName]) > 0
                UNION ALL
                SELECT [c].[Id], [c].[Ordinal] + 1, [c].[Position] + [c].[Width],
                       CASE WHEN UNICODE(SUBSTRING([c].[Name], [c].[Position] + [c].[Width], 1)) BETWEEN 55296 AND 56319 THEN 2 ELSE 1 END,
                       [c].[Name]
                FROM [c]
                WHERE [c].[Position] + [c].[Width] <= LEN([c].[Name])
            ),
            [r] AS (SELECT [Id], [Ordinal], SUBSTRING([Name], [Position], [Width]) COLLATE Latin1_General_100_BIN2 AS [Character] FROM [c])
            INSERT INTO [registration].[ApplicationNameGrams] ([ApplicationId], [Gram])
            SELECT [Id], [Character] FROM [r] WHERE [Ordinal] = 1
            UNION
            SELECT [r].[Id], ([r].[Character] + [s].[Character]) COLLATE Latin1_General_100_BIN2
            FROM [r] JOIN [r] AS [s] ON [s].[Id] = [r].[Id] AND [s].[Ordinal] = [r].[Ordinal] + 1
            OPTION (MAXRECURSION 100);
            """,
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };
}
