using Testcontainers.MsSql;

namespace Enrollment.Testing;

/// <summary>
/// SQL Server through Testcontainers.MsSql where a Docker engine answers; elsewhere the SQL Server
/// variants of the test classes are reported as skipped with the reason.
/// </summary>
public sealed class SqlServerContainer
{
    private static readonly Lazy<Task<SqlServerContainer>> Shared = new(StartAsync);

    private SqlServerContainer(MsSqlContainer? container, string? skipReason)
    {
        Container = container;
        SkipReason = skipReason;
    }

    public MsSqlContainer? Container { get; }

    public string? SkipReason { get; }

    public static Task<SqlServerContainer> GetAsync() => Shared.Value;

    public string CreateConnectionString(string database) =>
        new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(Container!.GetConnectionString()) { InitialCatalog = database, TrustServerCertificate = true }.ConnectionString;

    private static async Task<SqlServerContainer> StartAsync()
    {
        if (!File.Exists("/var/run/docker.sock") && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST")))
        {
            return new SqlServerContainer(null, "No Docker engine answers on this machine (no /var/run/docker.sock, no DOCKER_HOST): Testcontainers.MsSql cannot start SQL Server.");
        }

        try
        {
            var container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
            await container.StartAsync();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return new SqlServerContainer(container, null);
        }
        catch (Exception exception)
        {
            return new SqlServerContainer(null, $"No Docker engine answers on this machine: Testcontainers.MsSql could not start SQL Server ({exception.GetType().Name}: {exception.Message.Split('\n')[0]}).");
        }
    }
}
