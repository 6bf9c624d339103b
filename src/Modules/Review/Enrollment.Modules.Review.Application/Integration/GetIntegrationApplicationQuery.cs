using Enrollment.BuildingBlocks.Domain.PersonalData;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Review.Application.Applications;
using Mediator;

namespace Enrollment.Modules.Review.Application.Integration;

/// <summary>
/// An integrator's read of one submitted application (every school). Resident IDs, phones, certificate
/// numbers and detailed addresses only when <see cref="IncludePersonalData"/> (scope <c>applications:read:pii</c>);
/// otherwise identifiers and phones are masked and detailed addresses left out.
/// </summary>
public sealed record GetIntegrationApplicationQuery(Guid ApplicationId, bool IncludePersonalData) : IQuery<ApplicationDetailsDto>;

internal sealed class GetIntegrationApplicationQueryHandler(ISender sender) : IQueryHandler<GetIntegrationApplicationQuery, ApplicationDetailsDto>
{
    public async ValueTask<ApplicationDetailsDto> Handle(GetIntegrationApplicationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var application = await sender.Send(new GetSubmittedApplicationQuery(query.ApplicationId, AllowedSchoolIds: null), cancellationToken);
        return application.ToDetails(query.IncludePersonalData ? Disclosure.Full : Disclosure.MaskedWithoutAddresses);
    }
}
