namespace Enrollment.BuildingBlocks.Infrastructure.Security;

/// <summary>
/// A module's list of settings that must not reach production as they are (simulator credentials, a
/// missing key, no way in for the first admin). Outside Development and Demo the host refuses to start
/// while any check names one, and prints each.
/// </summary>
public interface IUnsafeSettingsCheck
{
    /// <summary>One line per unsafe setting: the key, what is wrong, what to do. Runs after migrations.</summary>
    Task<IReadOnlyList<string>> FindAsync(CancellationToken cancellationToken);
}
