using Enrollment.BuildingBlocks.Infrastructure.Security;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;

namespace Enrollment.Host.Security;

/// <summary>
/// The job dashboard answers a DistrictAdmin signed in with the staff cookie (whose session the
/// security stamp keeps checking). Only in Development does a request from this machine also do:
/// behind a reverse proxy on the same host every visitor would look local.
/// </summary>
internal sealed class JobDashboardAuthorizationFilter(bool allowLocal) : IDashboardAsyncAuthorizationFilter
{
    private readonly LocalRequestsOnlyAuthorizationFilter _local = new();

    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        if (allowLocal && _local.Authorize(context))
        {
            return true;
        }

        var staff = await context.GetHttpContext().AuthenticateAsync("Staff");
        return staff.Succeeded && staff.Principal.IsInRole(StaffClaims.DistrictAdmin);
    }
}
