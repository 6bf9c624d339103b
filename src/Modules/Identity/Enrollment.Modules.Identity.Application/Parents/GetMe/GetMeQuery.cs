using Enrollment.Modules.Identity.Application.WeChat;
using Enrollment.Modules.Identity.Domain.Parents;
using Enrollment.BuildingBlocks.Domain.PersonalData;

namespace Enrollment.Modules.Identity.Application.Parents.GetMe;

public sealed record GetMeQuery(Guid AccountId) : IQuery<MeDto>;

internal sealed class GetMeQueryHandler(IParentAccountRepository accounts, IAgreementRepository agreements) : IQueryHandler<GetMeQuery, MeDto>
{
    public async ValueTask<MeDto> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var account = await accounts.GetAsync(query.AccountId, cancellationToken) ?? throw new NotFoundException("account", query.AccountId);
        return await account.ToDtoAsync(agreements, cancellationToken);
    }
}
