using Enrollment.Modules.Identity.Domain.Agreements;

namespace Enrollment.Modules.Identity.Application.Agreements;

public sealed record AgreementDto(int Version, string Title, string Text, DateTimeOffset PublishedAt, bool Accepted, DateTimeOffset? ShownAt, int MinimumReadingSeconds);

public sealed record ConsentDto(int Version, DateTimeOffset AcceptedAt);

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

/// <summary>Whether the parent has agreed to the current version: the consent gate of data collection.</summary>
public sealed record HasAcceptedCurrentAgreementQuery(Guid AccountId) : IQuery<bool>;

internal sealed class HasAcceptedCurrentAgreementQueryHandler(IAgreementRepository agreements) : IQueryHandler<HasAcceptedCurrentAgreementQuery, bool>
{
    public async ValueTask<bool> Handle(HasAcceptedCurrentAgreementQuery query, CancellationToken cancellationToken) =>
        await agreements.HasAcceptedCurrentAsync(query.AccountId, cancellationToken);
}

/// <summary>An admin publishes a new version; every parent is asked again.</summary>
public sealed record PublishAgreementCommand(string? Title, string? Text, string? PublishedBy) : ICommand<AgreementDto>;

internal sealed class PublishAgreementCommandValidator : AbstractValidator<PublishAgreementCommand>
{
    public PublishAgreementCommandValidator()
    {
        RuleFor(c => c.Title).NotEmpty().WithMessage("请填写协议标题").MaximumLength(100).WithMessage("标题不能超过100个字");
        RuleFor(c => c.Text).NotEmpty().WithMessage("请填写协议内容");
    }
}

internal sealed class PublishAgreementCommandHandler(IAgreementRepository agreements, TimeProvider clock) : ICommandHandler<PublishAgreementCommand, AgreementDto>
{
    public async ValueTask<AgreementDto> Handle(PublishAgreementCommand command, CancellationToken cancellationToken)
    {
        var current = await agreements.GetCurrentAsync(cancellationToken);
        var agreement = Agreement.Publish((current?.Version ?? 0) + 1, command.Title!, command.Text!, clock.GetUtcNow(), command.PublishedBy);
        agreements.Add(agreement);
        return new AgreementDto(agreement.Version, agreement.Title, agreement.Text, agreement.PublishedAt, false, null, (int)AgreementConsent.MinimumReadingTime.TotalSeconds);
    }
}

public sealed record ListAgreementsQuery : IQuery<IReadOnlyList<AgreementDto>>;

internal sealed class ListAgreementsQueryHandler(IAgreementRepository agreements) : IQueryHandler<ListAgreementsQuery, IReadOnlyList<AgreementDto>>
{
    public async ValueTask<IReadOnlyList<AgreementDto>> Handle(ListAgreementsQuery query, CancellationToken cancellationToken) =>
        (await agreements.ListAsync(cancellationToken))
            .Select(a => new AgreementDto(a.Version, a.Title, a.Text, a.PublishedAt, false, null, (int)AgreementConsent.MinimumReadingTime.TotalSeconds))
            .ToList();
}
