using Enrollment.Modules.Identity.Domain.Staff;
using Enrollment.Modules.Identity.Domain.Staff.Rules;
using Mapster;

namespace Enrollment.Modules.Identity.Application.Staff.CreateStaff;

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
        return user.Adapt<StaffDto>(IdentityMapping.Config);
    }
}
