using Enrollment.Modules.Identity.Domain.Staff;

namespace Enrollment.Modules.Identity.Application.Staff.DeleteStaff;

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
