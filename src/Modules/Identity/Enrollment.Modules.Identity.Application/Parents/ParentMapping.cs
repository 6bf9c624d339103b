using Enrollment.Modules.Identity.Application.WeChat;
using Enrollment.Modules.Identity.Domain.Parents;
using Enrollment.BuildingBlocks.Domain.PersonalData;

namespace Enrollment.Modules.Identity.Application.Parents;

// Hand-written, not Mapster (ADR 0019): consent is read from the agreements and the phone is masked.
internal static class ParentMapping
{
    public static async Task<MeDto> ToDtoAsync(this ParentAccount account, IAgreementRepository agreements, CancellationToken cancellationToken)
    {
        var current = await agreements.GetCurrentAsync(cancellationToken);
        var accepted = current is null || await agreements.GetConsentAsync(account.Id, current.Version, cancellationToken) is not null;
        return new MeDto(account.Id, account.Name, account.Relationship, PersonalDataMask.Mobile(account.Phone), account.Phone is not null, accepted, current?.Version);
    }
}
