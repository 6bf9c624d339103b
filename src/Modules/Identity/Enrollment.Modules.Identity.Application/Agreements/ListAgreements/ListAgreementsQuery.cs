using Enrollment.Modules.Identity.Domain.Agreements;

namespace Enrollment.Modules.Identity.Application.Agreements.ListAgreements;

public sealed record ListAgreementsQuery : IQuery<IReadOnlyList<AgreementDto>>;

internal sealed class ListAgreementsQueryHandler(IAgreementRepository agreements) : IQueryHandler<ListAgreementsQuery, IReadOnlyList<AgreementDto>>
{
    public async ValueTask<IReadOnlyList<AgreementDto>> Handle(ListAgreementsQuery query, CancellationToken cancellationToken) =>
        (await agreements.ListAsync(cancellationToken))
            .Select(a => new AgreementDto(a.Version, a.Title, a.Text, a.PublishedAt, false, null, (int)AgreementConsent.MinimumReadingTime.TotalSeconds))
            .ToList();
}
