using Enrollment.Modules.Identity.Domain.Staff;

namespace Enrollment.Modules.Identity.Application.Staff;

internal static class StaffMapping
{
    public static StaffDto ToDto(this StaffUser user) =>
        new(user.Id, user.UserName, user.DisplayName, user.Role, user.SchoolIds, user.IsDisabled, user.LockedUntil);
}
