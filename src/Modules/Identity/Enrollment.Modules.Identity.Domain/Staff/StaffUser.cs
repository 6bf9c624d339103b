using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Identity.Domain.Staff;

public enum StaffRole
{
    DistrictAdmin,
    SchoolReviewer,
    Auditor,
}

/// <summary>A member of the bureau's or a school's staff, signing in with user name and password.</summary>
public sealed class StaffUser : AggregateRoot<Guid>
{
    public const int MaximumFailures = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private StaffUser()
    {
    }

    public string UserName { get; private set; } = string.Empty;

    public string DisplayName { get; private set; } = string.Empty;

    public string PasswordHash { get; private set; } = string.Empty;

    public StaffRole Role { get; private set; }

    /// <summary>The schools a SchoolReviewer reviews (comma-separated ids in storage).</summary>
    public IReadOnlyList<Guid> SchoolIds { get; private set; } = [];

    public int FailedSignIns { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public bool IsDisabled { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// Changes whenever what a signed-in session stands for changes: role, schools, disabling, a new
    /// password, a sign-out. Every session carries the stamp it was issued with and ends when it no
    /// longer matches (a deleted account has none).
    /// </summary>
    public string SecurityStamp { get; private set; } = string.Empty;

    public static StaffUser Create(string userName, string displayName, string passwordHash, StaffRole role, IReadOnlyList<Guid> schoolIds, DateTimeOffset now) =>
        new()
        {
            Id = Guid.NewGuid(),
            UserName = userName.Trim().ToLowerInvariant(),
            DisplayName = displayName.Trim(),
            PasswordHash = passwordHash,
            Role = role,
            SchoolIds = role == StaffRole.SchoolReviewer ? schoolIds.Distinct().ToArray() : [],
            CreatedAt = now,
            SecurityStamp = NewStamp(),
        };

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && until > now;

    public void SignInFailed(DateTimeOffset now)
    {
        FailedSignIns++;
        if (FailedSignIns >= MaximumFailures)
        {
            LockedUntil = now + LockoutDuration;
            FailedSignIns = 0;
        }
    }

    public void SignInSucceeded(string? rehashedPassword)
    {
        FailedSignIns = 0;
        LockedUntil = null;
        if (rehashedPassword is not null)
        {
            PasswordHash = rehashedPassword;
        }

        // Accounts made before stamps existed get one at their first sign-in.
        if (SecurityStamp.Length == 0)
        {
            SecurityStamp = NewStamp();
        }
    }

    /// <summary>Ends every session of this account, on every instance (sign-out, and each change below).</summary>
    public void EndSessions() => SecurityStamp = NewStamp();

    /// <summary>A new role, other schools or disabling end the account's sessions; a new display name does not.</summary>
    public void Change(string displayName, StaffRole role, IReadOnlyList<Guid> schoolIds, bool disabled)
    {
        var schools = role == StaffRole.SchoolReviewer ? schoolIds.Distinct().ToArray() : [];
        var accessChanged = role != Role || disabled != IsDisabled || !schools.Order().SequenceEqual(SchoolIds.Order());
        DisplayName = displayName.Trim();
        Role = role;
        SchoolIds = schools;
        IsDisabled = disabled;
        if (accessChanged)
        {
            EndSessions();
        }
    }

    public void SetPassword(string passwordHash)
    {
        PasswordHash = passwordHash;
        FailedSignIns = 0;
        LockedUntil = null;
        EndSessions();
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}

public static class StaffSignInErrors
{
    /// <summary>The one answer to every failed sign-in (it does not say whether the user exists or is locked).</summary>
    public static DomainError WrongCredentials =>
        new("staff.sign-in.failed", $"用户名或密码错误（连续错误{StaffUser.MaximumFailures}次将锁定{(int)StaffUser.LockoutDuration.TotalMinutes}分钟）");
}
