using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Enrollment.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Options for <c>dotnet ef migrations add</c>: the provider matters, the server is never contacted.</summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<T> Sqlite<T>(string schema)
        where T : DbContext =>
        new DbContextOptionsBuilder<T>()
            .UseSqlite("Data Source=design-time.db", x => x.MigrationsHistoryTable($"{schema}___EFMigrationsHistory"))
            .Options;

    public static DbContextOptions<T> PostgreSql<T>(string schema)
        where T : DbContext =>
        new DbContextOptionsBuilder<T>()
            .UseNpgsql("Host=localhost;Database=design_time", x => x.MigrationsHistoryTable("__EFMigrationsHistory", schema))
            .Options;

    public static DbContextOptions<T> SqlServer<T>(string schema)
        where T : DbContext =>
        new DbContextOptionsBuilder<T>()
            .UseSqlServer("Server=localhost;Database=design_time;TrustServerCertificate=true", x => x.MigrationsHistoryTable("__EFMigrationsHistory", schema))
            .Options;
}

/// <summary>
/// The design-time factory of one module's context on one provider; a module declares one line per
/// provider, e.g. <c>class SqliteRegistrationDbContextFactory() : DesignTimeFactory&lt;SqliteRegistrationDbContext&gt;(DatabaseProvider.Sqlite, "registration");</c>
/// </summary>
public abstract class DesignTimeFactory<T>(DatabaseProvider provider, string schema) : IDesignTimeDbContextFactory<T>
    where T : DbContext
{
    public T CreateDbContext(string[] args)
    {
        var options = provider switch
        {
            DatabaseProvider.Sqlite => DesignTimeOptions.Sqlite<T>(schema),
            DatabaseProvider.PostgreSql => DesignTimeOptions.PostgreSql<T>(schema),
            _ => DesignTimeOptions.SqlServer<T>(schema),
        };
        return (T)Activator.CreateInstance(typeof(T), options)!;
    }
}
