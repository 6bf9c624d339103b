using Enrollment.Modules.Identity.Domain.Agreements;

namespace Enrollment.Modules.Identity.Application.Agreements.HasAcceptedCurrentAgreement;

/// <summary>Whether the parent has agreed to the current version: the consent gate of data collection.</summary>
public sealed record HasAcceptedCurrentAgreementQuery(Guid AccountId) : IQuery<bool>;

internal sealed class HasAcceptedCurrentAgreementQueryHandler(IAgreementRepository agreements) : IQueryHandler<HasAcceptedCurrentAgreementQuery, bool>
{
    public async ValueTask<bool> Handle(HasAcceptedCurrentAgreementQuery query, CancellationToken cancellationToken) =>
        await agreements.HasAcceptedCurrentAsync(query.AccountId, cancellationToken);
}
