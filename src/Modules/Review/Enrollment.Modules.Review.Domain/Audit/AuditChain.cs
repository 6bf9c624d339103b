namespace Enrollment.Modules.Review.Domain.Audit;

/// <summary>The first line where the chain does not hold, and why.</summary>
public sealed record AuditChainBreak(long Sequence, Guid EntryId, string Reason);

/// <summary>
/// Checks the hash chain of the audit trail, line by line in sequence order: each chained line names the previous
/// line's hash, its own hash is that of its content, and no sequence number is missing. Lines written before the
/// chain existed (no hash) may only come first.
/// </summary>
public sealed class AuditChain
{
    private string _previousHash = AuditEntry.Genesis;
    private long? _previousSequence;

    public int Chained { get; private set; }

    public int Unchained { get; private set; }

    public AuditChainBreak? FirstBreak { get; private set; }

    /// <summary>Takes the next line; false once a break was found (the rest need not be read).</summary>
    public bool Add(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (FirstBreak is not null)
        {
            return false;
        }

        if (entry.Hash is null)
        {
            if (Chained > 0)
            {
                FirstBreak = new AuditChainBreak(entry.Sequence, entry.Id, "本条记录缺少哈希值");
                return false;
            }

            Unchained++;
            _previousSequence = entry.Sequence;
            return true;
        }

        if (Chained > 0 && _previousSequence is { } previous && entry.Sequence != previous + 1)
        {
            FirstBreak = new AuditChainBreak(entry.Sequence, entry.Id, $"序号{previous + 1}的记录缺失");
        }
        else if (entry.PreviousHash != _previousHash)
        {
            FirstBreak = new AuditChainBreak(entry.Sequence, entry.Id, "与上一条记录的哈希值不符（上一条被修改、删除或插入）");
        }
        else if (entry.Hash != AuditEntry.HashOf(entry.PreviousHash, entry.CanonicalContent()))
        {
            FirstBreak = new AuditChainBreak(entry.Sequence, entry.Id, "本条记录的内容与哈希值不符（记录被修改）");
        }

        if (FirstBreak is not null)
        {
            return false;
        }

        Chained++;
        _previousHash = entry.Hash;
        _previousSequence = entry.Sequence;
        return true;
    }
}
