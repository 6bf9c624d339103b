using Enrollment.Modules.Identity.Domain.Agreements;

namespace Enrollment.Modules.Identity.Application.Agreements.ShowAgreement;

/// <summary>The current agreement for a parent; the first time a version is shown to an account is recorded.</summary>
public sealed record ShowAgreementCommand(Guid AccountId) : ICommand<AgreementDto>;

internal sealed class ShowAgreementCommandHandler(IAgreementRepository agreements, TimeProvider clock) : ICommandHandler<ShowAgreementCommand, AgreementDto>
{
    public async ValueTask<AgreementDto> Handle(ShowAgreementCommand command, CancellationToken cancellationToken)
    {
        var current = await agreements.GetCurrentAsync(cancellationToken) ?? throw new NotFoundException("agreement", "current");
        var shown = await agreements.GetShownAsync(command.AccountId, current.Version, cancellationToken);
        if (shown is null)
        {
            shown = AgreementShown.Record(command.AccountId, current.Version, clock.GetUtcNow());
            agreements.Add(shown);
        }

        var consent = await agreements.GetConsentAsync(command.AccountId, current.Version, cancellationToken);
        return new AgreementDto(current.Version, current.Title, current.Text, current.PublishedAt, consent is not null, shown.ShownAt, (int)AgreementConsent.MinimumReadingTime.TotalSeconds);
    }
}
