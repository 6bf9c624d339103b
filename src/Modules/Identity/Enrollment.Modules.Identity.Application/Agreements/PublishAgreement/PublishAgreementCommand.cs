using Enrollment.Modules.Identity.Domain.Agreements;

namespace Enrollment.Modules.Identity.Application.Agreements.PublishAgreement;

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
