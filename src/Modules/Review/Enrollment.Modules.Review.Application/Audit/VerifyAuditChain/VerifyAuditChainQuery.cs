using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Domain.Audit;
using Mediator;

namespace Enrollment.Modules.Review.Application.Audit.VerifyAuditChain;

/// <summary>Checks the audit trail's hash chain from its first line and names the first broken link (DistrictAdmin and Auditor).</summary>
public sealed record VerifyAuditChainQuery : IQuery<AuditChainVerification>;

/// <param name="Intact">True when every line holds.</param>
/// <param name="ChainedLines">Lines checked and found in order.</param>
/// <param name="UnchainedLines">Lines written before the chain existed (no hash), at its start.</param>
/// <param name="FirstBrokenSequence">The sequence number of the first line that does not hold; null when intact.</param>
/// <param name="FirstBrokenId">That line's id (as in <c>GET /api/v1/review/audit</c>).</param>
/// <param name="Reason">Why it does not hold.</param>
public sealed record AuditChainVerification(bool Intact, int ChainedLines, int UnchainedLines, long? FirstBrokenSequence, Guid? FirstBrokenId, string? Reason);

internal sealed class VerifyAuditChainQueryHandler(IAuditTrail audit) : IQueryHandler<VerifyAuditChainQuery, AuditChainVerification>
{
    public async ValueTask<AuditChainVerification> Handle(VerifyAuditChainQuery query, CancellationToken cancellationToken)
    {
        var chain = new AuditChain();
        await foreach (var entry in audit.ReadInChainOrderAsync(cancellationToken))
        {
            if (!chain.Add(entry))
            {
                break;
            }
        }

        var broken = chain.FirstBreak;
        return new AuditChainVerification(broken is null, chain.Chained, chain.Unchained, broken?.Sequence, broken?.EntryId, broken?.Reason);
    }
}
