using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Domain.Evidences;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.Evidences.SkipEvidence;

/// <summary>「无此信息跳过」 on one page; <paramref name="Kind"/> is the path's kind (unknown → 404).</summary>
public sealed record SkipEvidenceCommand(Guid ParentAccountId, Guid ApplicationId, string Kind, int? ExpectedVersion = null) : ICommand<EvidencePageResult>;

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
