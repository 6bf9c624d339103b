using Enrollment.Modules.Identity.Domain.Agreements;
using Enrollment.Modules.Identity.Domain.Agreements.Rules;

namespace Enrollment.Modules.Identity.Application.Agreements.AcceptAgreement;

/// <summary>The parent agrees to the version shown; no earlier than 30 s after it was shown.</summary>
public sealed record AcceptAgreementCommand(Guid AccountId, int Version, string ClientHash) : ICommand<ConsentDto>;

internal sealed class AcceptAgreementCommandHandler(IAgreementRepository agreements, TimeProvider clock) : ICommandHandler<AcceptAgreementCommand, ConsentDto>
{
    public async ValueTask<ConsentDto> Handle(AcceptAgreementCommand command, CancellationToken cancellationToken)
    {
        var current = await agreements.GetCurrentAsync(cancellationToken) ?? throw new NotFoundException("agreement", "current");
        var version = command.Version == 0 ? current.Version : command.Version;
        var rule = new AgreementVersionMustBeCurrentRule(version, current.Version);
        if (rule.IsBroken())
        {
            throw new BusinessRuleValidationException(rule);
        }

        if (await agreements.GetConsentAsync(command.AccountId, version, cancellationToken) is { } existing)
        {
            return new ConsentDto(existing.Version, existing.AcceptedAt);
        }

        var shown = await agreements.GetShownAsync(command.AccountId, version, cancellationToken);
        var consent = AgreementConsent.Accept(command.AccountId, version, shown, command.ClientHash, clock.GetUtcNow());
        agreements.Add(consent);
        return new ConsentDto(consent.Version, consent.AcceptedAt);
    }
}
