using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Npgsql;
using Xunit;

namespace Enrollment.Testing;

/// <summary>
/// One host on a fresh database of one provider, shared by the tests of a class. When the provider
/// cannot run here, <see cref="SkipReason"/> says why and no host is started.
/// </summary>
public abstract class AppFixture : IAsyncLifetime
{
    private readonly string _workFolder = Path.Combine(Path.GetTempPath(), $"enrollment-test-{Guid.NewGuid():N}");

    public abstract DatabaseProvider Provider { get; }

    public string? SkipReason { get; private set; }

    public EnrollmentApp App => _app ?? throw new InvalidOperationException(SkipReason ?? "The host has not started.");

    private EnrollmentApp? _app;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_workFolder);
        var (connectionString, skipReason) = await CreateDatabaseAsync(_workFolder);
        SkipReason = skipReason;
        if (connectionString is not null)
        {
            _app = StartApp(connectionString);
            _ = _app.Server; // start now, so migrations and seeding run before the first test
        }
    }

    /// <summary>Another host on the same database, as a second instance of a deployment would be.</summary>
    public EnrollmentApp StartApp(string connectionString, IDictionary<string, string?>? settings = null, string environment = "Development") =>
        new(Provider, connectionString, _workFolder, settings, environment);

    public string ConnectionString => App.ConnectionString;

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            if (Provider == DatabaseProvider.PostgreSql)
            {
                // The pool is keyed by the connection string and would keep this database's idle
                // connections after the host has gone.
                await using var connection = new NpgsqlConnection(_app.ConnectionString);
                NpgsqlConnection.ClearPool(connection);
            }
        }

        try
        {
            Directory.Delete(_workFolder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; /tmp is cleaned anyway.
        }
    }

    /// <summary>A new database for this fixture, or the reason there can be none here.</summary>
    public abstract Task<(string? ConnectionString, string? SkipReason)> CreateDatabaseAsync(string workFolder);
}

public sealed class SqliteFixture : AppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override Task<(string?, string?)> CreateDatabaseAsync(string workFolder) =>
        Task.FromResult<(string?, string?)>(($"Data Source={Path.Combine(workFolder, $"enrollment-{Guid.NewGuid():N}.db")}", null));
}

public sealed class PostgreSqlFixture : AppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override async Task<(string?, string?)> CreateDatabaseAsync(string workFolder)
    {
        var server = await PostgresServer.GetAsync();
        return server.SkipReason is not null ? (null, server.SkipReason) : (await server.CreateDatabaseAsync("enrollment"), null);
    }
}

public sealed class SqlServerFixture : AppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public override async Task<(string?, string?)> CreateDatabaseAsync(string workFolder)
    {
        var server = await SqlServerContainer.GetAsync();
        return server.SkipReason is not null ? (null, server.SkipReason) : (server.CreateConnectionString($"enrollment_{Guid.NewGuid():N}"), null);
    }
}
