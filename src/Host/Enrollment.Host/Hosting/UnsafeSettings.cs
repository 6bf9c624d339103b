using Enrollment.BuildingBlocks.Infrastructure.Security;

namespace Enrollment.Host.Hosting;

/// <summary>
/// Outside Development and Demo, the host does not start with settings only a developer's machine may
/// have: every module's <see cref="IUnsafeSettingsCheck"/> is asked, each finding is printed (standard
/// error and the log), and the process exits with <see cref="ExitCode"/>.
/// </summary>
internal static partial class UnsafeSettings
{
    public const int ExitCode = 3;

    /// <summary>True when the host must not start.</summary>
    public static async Task<bool> RefuseAsync(WebApplication app)
    {
        if (app.Environment.IsDevelopment() || app.Environment.IsEnvironment("Demo"))
        {
            return false;
        }

        var found = new List<string>();
        foreach (var check in app.Services.GetServices<IUnsafeSettingsCheck>())
        {
            found.AddRange(await check.FindAsync(CancellationToken.None));
        }

        found.AddRange(HostFindings(app.Configuration));
        if (found.Count == 0)
        {
            return false;
        }

        await Console.Error.WriteLineAsync($"Enrollment does not start in the {app.Environment.EnvironmentName} environment with these settings:");
        foreach (var line in found)
        {
            await Console.Error.WriteLineAsync("  - " + line);
            LogUnsafe(app.Logger, app.Environment.EnvironmentName, line);
        }

        return true;
    }

    private static IEnumerable<string> HostFindings(IConfiguration configuration)
    {
        var publicBase = configuration["Hosting:PublicBaseUrl"];
        if (string.IsNullOrWhiteSpace(publicBase) || !Uri.TryCreate(publicBase, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            yield return "Hosting:PublicBaseUrl is not an https:// address: the OAuth redirect and links in messages would be built from whatever Host header arrives; set the site's public address, e.g. https://rx.dengfeng.gov.cn.";
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Refusing to start in {Environment}: {Finding}")]
    private static partial void LogUnsafe(ILogger logger, string environment, string finding);
}
