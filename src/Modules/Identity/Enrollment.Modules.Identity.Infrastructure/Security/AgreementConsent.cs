using System.Security.Claims;
using Enrollment.BuildingBlocks.Infrastructure.Security;
using Enrollment.Modules.Identity.Application.Agreements;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Enrollment.Modules.Identity.Application.Agreements.HasAcceptedCurrentAgreement;

namespace Enrollment.Modules.Identity.Infrastructure.Security;

/// <summary>
/// The consent gate (<see cref="ParentClaims.ConsentedParentPolicy"/>): a child's personal information
/// is collected only from a parent who has agreed to the current 平台协议. Checked against the database
/// on each request rather than kept in the cookie, so that a newly published version asks again at once.
/// </summary>
internal sealed class AgreementConsentRequirement : IAuthorizationRequirement;

internal sealed class AgreementConsentAuthorizationHandler(IHttpContextAccessor accessor) : AuthorizationHandler<AgreementConsentRequirement>
{
    public const string FailureReason = "agreement";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AgreementConsentRequirement requirement)
    {
        if (accessor.HttpContext is not { } http || !Guid.TryParse(context.User.FindFirstValue(ParentClaims.AccountId), out var accountId))
        {
            return;
        }

        var sender = http.RequestServices.GetRequiredService<ISender>();
        if (await sender.Send(new HasAcceptedCurrentAgreementQuery(accountId), http.RequestAborted))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, FailureReason));
        }
    }
}
