using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Enrollment.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Recognises a unique-index violation on each supported provider.</summary>
public static class UniqueViolation
{
    /// <summary>
    /// The index name (PostgreSQL, SQL Server) or the columns (SQLite names no index, only
    /// <c>table.column</c> pairs) of the violated index; null when the failure is something else.
    /// </summary>
    public static string? Describe(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg => pg.ConstraintName ?? pg.MessageText,
            SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } sqlite => sqlite.Message,
            Microsoft.Data.SqlClient.SqlException { Number: 2601 or 2627 } sql => sql.Message,
            _ => null,
        };
    }
}
