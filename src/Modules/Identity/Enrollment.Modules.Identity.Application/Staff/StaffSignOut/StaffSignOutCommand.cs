using Enrollment.Modules.Identity.Domain.Staff;

namespace Enrollment.Modules.Identity.Application.Staff.StaffSignOut;

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
