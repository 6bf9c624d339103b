using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Regions.Contracts.Addresses;
using Enrollment.Modules.Regions.Contracts.Queries;
using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.Evidences.SaveEvidence;

/// <summary>Pages 5–11: save one evidence page of the parent's own application.</summary>
public sealed record SaveEvidenceCommand(Guid ParentAccountId, Guid ApplicationId, EvidenceInput? Input, int? ExpectedVersion = null) : ICommand<EvidencePageResult>;

internal sealed class SaveEvidenceCommandValidator : AbstractValidator<SaveEvidenceCommand>
{
    public SaveEvidenceCommandValidator()
    {
        RuleFor(c => c.Input).NotNull().WithMessage("请填写本页信息");
        RuleFor(c => c.Input).Custom((input, context) =>
        {
            if (input is null)
            {
                return;
            }

            // The page's own field names (holder, businessLicence, ...), as the request names them.
            foreach (var failure in Validate(input).Errors)
            {
                context.AddFailure(new ValidationFailure(failure.PropertyName, failure.ErrorMessage));
            }
        });
    }

    private static ValidationResult Validate(EvidenceInput input) => input switch
    {
        PropertyEvidenceInput i => new PropertyEvidenceInputValidator().Validate(i),
        ResidencePermitEvidenceInput i => new ResidencePermitEvidenceInputValidator().Validate(i),
        EmploymentEvidenceInput i => new EmploymentEvidenceInputValidator().Validate(i),
        BusinessEvidenceInput i => new BusinessEvidenceInputValidator().Validate(i),
        PreferentialCareEvidenceInput i => new PreferentialCareEvidenceInputValidator().Validate(i),
        RelocationEvidenceInput i => new RelocationEvidenceInputValidator().Validate(i),
        LongTermResidenceEvidenceInput i => new LongTermResidenceEvidenceInputValidator().Validate(i),
        _ => throw new ArgumentOutOfRangeException(nameof(input), input.GetType().Name, null),
    };
}

internal sealed class SaveEvidenceCommandHandler(ISender sender, IEligibilityEvidenceRepository evidences, TimeProvider clock)
    : ICommandHandler<SaveEvidenceCommand, EvidencePageResult>
{
    public async ValueTask<EvidencePageResult> Handle(SaveEvidenceCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var input = command.Input ?? throw new InvalidOperationException("The validator lets no empty page through.");
        var now = clock.GetUtcNow();
        var (application, facts) = await sender.LoadFactsAsync(command.ApplicationId, command.ParentAccountId, now, cancellationToken);
        var check = await sender.Send(new ValidateAddressRegionQuery(input.RegionCode?.Trim(), application.HomeCountyCode), cancellationToken);
        var verdict = AddressRegionVerdict.Of(check);

        var evidence = await evidences.GetForUpdateAsync(command.ApplicationId, command.ExpectedVersion, cancellationToken);
        if (evidence is null)
        {
            evidence = EligibilityEvidence.StartFor(command.ApplicationId, now);
            evidences.Add(evidence);
        }

        evidence.Save(input.ToDetails(), facts, verdict, now);
        return new EvidencePageResult($"{input.Kind.PageName()}保存成功", EvidenceMapping.ToDto(input.Kind, evidence.PageOf(input.Kind)), evidence.Version);
    }
}
