using Enrollment.Modules.Identity.Domain.Staff;
using Mapster;

namespace Enrollment.Modules.Identity.Application.Staff.StaffSignIn;

/// <summary>User name and password; five failures in a row lock the account for 15 minutes.</summary>
public sealed record StaffSignInCommand(string? UserName, string? Password) : ICommand<StaffSignInResult>;

/// <summary>
/// Either the signed-in user with the security stamp its session carries, or the broken rule; a
/// failure is counted (and saved) all the same.
/// </summary>
public sealed record StaffSignInResult(StaffDto? Staff, DomainError? Failure, string? SecurityStamp = null);

/// <summary>
/// Every failure looks the same — unknown user name, disabled account, wrong password, locked out:
/// 401 <c>staff.sign-in.failed</c>, after one password verification in each case (an unknown name is
/// checked against a stand-in hash), so neither the answer nor its timing tells whether a user exists
/// or is locked. A correct password during a lockout is refused the same way, or the lockout would
/// confirm a guess.
/// </summary>
internal sealed class StaffSignInCommandHandler(IStaffRepository staff, ISecretHasher hasher, TimeProvider clock)
    : ICommandHandler<StaffSignInCommand, StaffSignInResult>
{
    private static string? _standIn;

    public async ValueTask<StaffSignInResult> Handle(StaffSignInCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = string.IsNullOrWhiteSpace(command.UserName) || command.UserName.Length > 64
            ? null
            : await staff.FindByUserNameAsync(command.UserName.Trim().ToLowerInvariant(), cancellationToken);
        var hash = user?.PasswordHash ?? (_standIn ??= hasher.Hash(Guid.NewGuid().ToString("N")));
        var verified = hasher.Verify(hash, command.Password ?? string.Empty);
        if (user is null || user.IsDisabled)
        {
            return new StaffSignInResult(null, StaffSignInErrors.WrongCredentials);
        }

        if (user.IsLockedOut(now))
        {
            return new StaffSignInResult(null, StaffSignInErrors.WrongCredentials);
        }

        if (verified is null)
        {
            user.SignInFailed(now);
            return new StaffSignInResult(null, StaffSignInErrors.WrongCredentials);
        }

        user.SignInSucceeded(verified.Length == 0 ? null : verified);
        return new StaffSignInResult(user.Adapt<StaffDto>(IdentityMapping.Config), null, user.SecurityStamp);
    }
}
