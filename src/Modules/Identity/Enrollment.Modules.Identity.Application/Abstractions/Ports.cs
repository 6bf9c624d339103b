namespace Enrollment.Modules.Identity.Application.Abstractions;

/// <summary>Hashes staff passwords and client secrets with a maintained algorithm (ASP.NET Core Identity's hasher).</summary>
public interface ISecretHasher
{
    string Hash(string secret);

    /// <summary>Null when the secret does not match; otherwise a new hash when the stored one should be upgraded, or the empty string.</summary>
    string? Verify(string hash, string secret);
}

/// <summary>Sends a text message to a phone (the development sender writes to the log and to the simulator's inbox).</summary>
public interface ISmsSender
{
    Task SendAsync(string phone, string text, CancellationToken cancellationToken);
}

/// <summary>
/// Makes "one code a minute" hold when requests race: the domain rules decide from the codes already
/// saved, and this claim lets only one of several simultaneous requests through for each key.
/// </summary>
public interface ISmsSendThrottle
{
    /// <summary>Claims every key at once (or none): false when any was claimed less than <paramref name="interval"/> ago.</summary>
    Task<bool> TryClaimAsync(IReadOnlyCollection<string> keys, DateTimeOffset now, TimeSpan interval, CancellationToken cancellationToken);
}

/// <summary>Issues the short-lived signed bearer token of an integrator.</summary>
public interface IClientTokenIssuer
{
    IssuedToken Issue(string clientId, IReadOnlyList<string> scopes);

    /// <summary>Forgets what this instance knows of a client, so a revocation applies at once.</summary>
    void Forget(string clientId);
}

public sealed record IssuedToken(string AccessToken, int ExpiresInSeconds);

/// <summary>The staff sessions' check of the security stamp (cached briefly on each instance).</summary>
public interface IStaffSessions
{
    /// <summary>Forgets this instance's cached stamp of an account, so a change ends its sessions here at once.</summary>
    void Forget(Guid staffId);
}
