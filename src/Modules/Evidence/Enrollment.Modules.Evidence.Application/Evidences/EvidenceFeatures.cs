using Enrollment.BuildingBlocks.Application.Events;
using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Contracts.IntegrationEvents;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Evidence.Domain.Evidences.Events;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Regions.Contracts.Queries;
using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.Evidences;

public interface IEligibilityEvidenceRepository
{
    void Add(EligibilityEvidence evidence);

    Task<EligibilityEvidence?> GetAsync(Guid applicationId, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="GetAsync"/>, for a write that names the version it was made on (If-Match): a different
    /// stored version (0 while nothing is stored) stops it as a concurrency conflict (412).
    /// </summary>
    Task<EligibilityEvidence?> GetForUpdateAsync(Guid applicationId, int? expectedVersion, CancellationToken cancellationToken);
}

/// <summary>Pages 5–11: save one evidence page of the parent's own application.</summary>
public sealed record SaveEvidenceCommand(Guid ParentAccountId, Guid ApplicationId, EvidenceInput? Input, int? ExpectedVersion = null) : ICommand<EvidencePageResult>;

/// <summary>「无此信息跳过」 on one page; <paramref name="Kind"/> is the path's kind (unknown → 404).</summary>
public sealed record SkipEvidenceCommand(Guid ParentAccountId, Guid ApplicationId, string Kind, int? ExpectedVersion = null) : ICommand<EvidencePageResult>;

/// <summary>Every page's state: saved fields, skipped, or not yet answered.</summary>
public sealed record GetEvidenceQuery(Guid ParentAccountId, Guid ApplicationId) : IQuery<EvidenceOverviewDto>;

public sealed class SaveEvidenceCommandValidator : AbstractValidator<SaveEvidenceCommand>
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

internal static class ApplicationFactsLoading
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The parent's own application as Registration answers it (404 otherwise), brought into the domain's terms.</summary>
    public static async Task<(ApplicationForEvidence Application, ApplicationFacts Facts)> LoadFactsAsync(
        this ISender sender, Guid applicationId, Guid parentAccountId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var application = await sender.Send(new GetApplicationForEvidenceQuery(applicationId, parentAccountId), cancellationToken);
        var facts = new ApplicationFacts(
            application.IsLocked,
            application.SeasonOpen,
            application.SeasonName,
            application.ResidencePermitValidOn ?? DateOnly.FromDateTime(now.ToOffset(ChinaOffset).DateTime),
            application.Father?.Name,
            application.Mother?.Name,
            application.HomeCountyCode,
            application.Father?.HukouRegionCode,
            application.Mother?.HukouRegionCode);
        return (application, facts);
    }
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
        var verdict = new AddressRegionVerdict(check.IsValid, check.Code, check.Message, check.Region?.FullName);

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

internal sealed class SkipEvidenceCommandHandler(ISender sender, IEligibilityEvidenceRepository evidences, TimeProvider clock)
    : ICommandHandler<SkipEvidenceCommand, EvidencePageResult>
{
    public async ValueTask<EvidencePageResult> Handle(SkipEvidenceCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var kind = EvidenceKinds.FromSlug(command.Kind) ?? throw new NotFoundException("evidence kind", command.Kind);
        var now = clock.GetUtcNow();
        var (_, facts) = await sender.LoadFactsAsync(command.ApplicationId, command.ParentAccountId, now, cancellationToken);

        var evidence = await evidences.GetForUpdateAsync(command.ApplicationId, command.ExpectedVersion, cancellationToken);
        if (evidence is null)
        {
            evidence = EligibilityEvidence.StartFor(command.ApplicationId, now);
            evidences.Add(evidence);
        }

        evidence.Skip(kind, facts, now);
        return new EvidencePageResult($"已跳过{kind.PageName()}", EvidenceMapping.ToDto(kind, evidence.PageOf(kind)), evidence.Version);
    }
}

internal sealed class GetEvidenceQueryHandler(ISender sender, IEligibilityEvidenceRepository evidences)
    : IQueryHandler<GetEvidenceQuery, EvidenceOverviewDto>
{
    public async ValueTask<EvidenceOverviewDto> Handle(GetEvidenceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        // Ownership first: another parent's application answers 404 like a missing one.
        await sender.Send(new GetApplicationForEvidenceQuery(query.ApplicationId, query.ParentAccountId), cancellationToken);
        var evidence = await evidences.GetAsync(query.ApplicationId, cancellationToken);
        return evidence.ToDto(query.ApplicationId);
    }
}

/// <summary>Tells the other modules (Review: what changed), through the outbox, that a page was saved or skipped.</summary>
internal sealed class PublishEvidenceEvents(IOutbox outbox) : INotificationHandler<EvidencePageChanged>
{
    public ValueTask Handle(EvidencePageChanged notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        outbox.Add(new EvidenceChangedIntegrationEvent(
            Guid.CreateVersion7(),
            notification.OccurredAt,
            notification.ApplicationId,
            notification.Kind.Slug(),
            notification.Skipped));
        return ValueTask.CompletedTask;
    }
}
