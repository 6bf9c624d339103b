using Enrollment.Modules.Identity.Domain.Staff;
using Mapster;

namespace Enrollment.Modules.Identity.Application.Staff.UpdateStaff;

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

        return user.Adapt<StaffDto>(IdentityMapping.Config);
    }
}
