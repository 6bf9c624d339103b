using Enrollment.Modules.Identity.Domain.Staff;

namespace Enrollment.Modules.Identity.Application.Staff;

public sealed record StaffDto(Guid Id, string UserName, string DisplayName, StaffRole Role, IReadOnlyList<Guid> SchoolIds, bool Disabled, DateTimeOffset? LockedUntil);

internal static class StaffMapping
{
    public static StaffDto ToDto(this StaffUser user) =>
        new(user.Id, user.UserName, user.DisplayName, user.Role, user.SchoolIds, user.IsDisabled, user.LockedUntil);
}

/// <summary>User name and password; five failures in a row lock the account for 15 minutes.</summary>
public sealed record StaffSignInCommand(string? UserName, string? Password) : ICommand<StaffSignInResult>;

/// <summary>
/// Either the signed-in user with the security stamp its session carries, or the broken rule; a
/// failure is counted (and saved) all the same.
/// </summary>
public sealed record StaffSignInResult(StaffDto? Staff, IBusinessRule? Failure, string? SecurityStamp = null);

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
            return new StaffSignInResult(null, StaffSignInRule.WrongCredentials);
        }

        if (user.IsLockedOut(now))
        {
            return new StaffSignInResult(null, StaffSignInRule.WrongCredentials);
        }

        if (verified is null)
        {
            user.SignInFailed(now);
            return new StaffSignInResult(null, StaffSignInRule.WrongCredentials);
        }

        user.SignInSucceeded(verified.Length == 0 ? null : verified);
        return new StaffSignInResult(user.ToDto(), null, user.SecurityStamp);
    }
}

public sealed record CreateStaffCommand(string? UserName, string? DisplayName, string? Password, StaffRole? Role, IReadOnlyList<Guid>? SchoolIds) : ICommand<StaffDto>;

internal sealed class CreateStaffCommandValidator : AbstractValidator<CreateStaffCommand>
{
    public CreateStaffCommandValidator()
    {
        RuleFor(c => c.UserName).NotEmpty().WithMessage("请填写用户名")
            .Matches("^[A-Za-z0-9_.-]{3,32}$").WithMessage("用户名为3–32位字母、数字或 _ . -");
        RuleFor(c => c.DisplayName).NotEmpty().WithMessage("请填写姓名").MaximumLength(30).WithMessage("姓名不能超过30个字");
        RuleFor(c => c.Password).NotEmpty().WithMessage("请填写密码").StaffPassword(c => c.UserName);
        RuleFor(c => c.Role).NotNull().WithMessage("请选择角色").IsInEnum().WithMessage("请选择角色");
        RuleFor(c => c.SchoolIds).NotEmpty().When(c => c.Role == StaffRole.SchoolReviewer).WithMessage("学校审核员须指定学校");
    }
}

internal sealed class CreateStaffCommandHandler(IStaffRepository staff, ISecretHasher hasher, TimeProvider clock) : ICommandHandler<CreateStaffCommand, StaffDto>
{
    public async ValueTask<StaffDto> Handle(CreateStaffCommand command, CancellationToken cancellationToken)
    {
        var taken = await staff.FindByUserNameAsync(command.UserName!.Trim().ToLowerInvariant(), cancellationToken) is not null;
        var rule = new StaffUserNameMustBeUniqueRule(taken);
        if (rule.IsBroken())
        {
            throw new BusinessRuleValidationException(rule);
        }

        var user = StaffUser.Create(command.UserName, command.DisplayName!, hasher.Hash(command.Password!), command.Role!.Value, command.SchoolIds ?? [], clock.GetUtcNow());
        staff.Add(user);
        return user.ToDto();
    }
}

public sealed record UpdateStaffCommand(Guid Id, string? DisplayName, StaffRole? Role, IReadOnlyList<Guid>? SchoolIds, bool Disabled, string? NewPassword) : ICommand<StaffDto>;

internal sealed class UpdateStaffCommandValidator : AbstractValidator<UpdateStaffCommand>
{
    public UpdateStaffCommandValidator()
    {
        RuleFor(c => c.DisplayName).NotEmpty().WithMessage("请填写姓名").MaximumLength(30).WithMessage("姓名不能超过30个字");
        RuleFor(c => c.Role).NotNull().WithMessage("请选择角色").IsInEnum().WithMessage("请选择角色");
        RuleFor(c => c.SchoolIds).NotEmpty().When(c => c.Role == StaffRole.SchoolReviewer).WithMessage("学校审核员须指定学校");
        RuleFor(c => c.NewPassword).StaffPassword(_ => null).When(c => !string.IsNullOrEmpty(c.NewPassword));
    }
}

internal sealed class UpdateStaffCommandHandler(IStaffRepository staff, ISecretHasher hasher, IStaffSessions sessions) : ICommandHandler<UpdateStaffCommand, StaffDto>
{
    public async ValueTask<StaffDto> Handle(UpdateStaffCommand command, CancellationToken cancellationToken)
    {
        var user = await staff.GetAsync(command.Id, cancellationToken) ?? throw new NotFoundException("staff", command.Id);
        sessions.Forget(user.Id);
        user.Change(command.DisplayName!, command.Role!.Value, command.SchoolIds ?? [], command.Disabled);
        if (!string.IsNullOrEmpty(command.NewPassword))
        {
            user.SetPassword(hasher.Hash(command.NewPassword));
        }

        return user.ToDto();
    }
}

public sealed record DeleteStaffCommand(Guid Id) : ICommand<bool>;

internal sealed class DeleteStaffCommandHandler(IStaffRepository staff, IStaffSessions sessions) : ICommandHandler<DeleteStaffCommand, bool>
{
    public async ValueTask<bool> Handle(DeleteStaffCommand command, CancellationToken cancellationToken)
    {
        var user = await staff.GetAsync(command.Id, cancellationToken) ?? throw new NotFoundException("staff", command.Id);
        staff.Remove(user);
        sessions.Forget(user.Id);
        return true;
    }
}

/// <summary>Signing out ends every session of the account (a copied cookie replayed later is refused too).</summary>
public sealed record StaffSignOutCommand(Guid StaffId) : ICommand<bool>;

internal sealed class StaffSignOutCommandHandler(IStaffRepository staff, IStaffSessions sessions) : ICommandHandler<StaffSignOutCommand, bool>
{
    public async ValueTask<bool> Handle(StaffSignOutCommand command, CancellationToken cancellationToken)
    {
        var user = await staff.GetAsync(command.StaffId, cancellationToken);
        user?.EndSessions();
        sessions.Forget(command.StaffId);
        return user is not null;
    }
}

public sealed record ListStaffQuery : IQuery<IReadOnlyList<StaffDto>>;

internal sealed class ListStaffQueryHandler(IStaffRepository staff) : IQueryHandler<ListStaffQuery, IReadOnlyList<StaffDto>>
{
    public async ValueTask<IReadOnlyList<StaffDto>> Handle(ListStaffQuery query, CancellationToken cancellationToken) =>
        (await staff.ListAsync(cancellationToken)).Select(u => u.ToDto()).ToList();
}

public sealed record GetStaffQuery(Guid Id) : IQuery<StaffDto>;

internal sealed class GetStaffQueryHandler(IStaffRepository staff) : IQueryHandler<GetStaffQuery, StaffDto>
{
    public async ValueTask<StaffDto> Handle(GetStaffQuery query, CancellationToken cancellationToken) =>
        (await staff.GetAsync(query.Id, cancellationToken) ?? throw new NotFoundException("staff", query.Id)).ToDto();
}
