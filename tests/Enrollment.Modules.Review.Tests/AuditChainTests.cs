using Enrollment.Modules.Review.Domain.Audit;

namespace Enrollment.Modules.Review.Tests;

/// <summary>The audit trail's hash chain: what the verification finds for each kind of tampering.</summary>
public class AuditChainTests
{
    private static readonly AuditActor Actor = new(Guid.NewGuid(), "审核员", "SchoolReviewer", "10.0.0.1");
    private static readonly DateTimeOffset Now = new(2024, 7, 15, 2, 0, 0, TimeSpan.Zero);

    private static List<AuditEntry> Chain(int count)
    {
        var lines = new List<AuditEntry>();
        var previous = AuditEntry.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var line = AuditEntry.Record(Actor, AuditAction.View, Guid.NewGuid(), $"第{i}条", Now.AddSeconds(i));
            line.Chain(i, previous);
            previous = line.Hash!;
            lines.Add(line);
        }

        return lines;
    }

    private static AuditChain Verify(IEnumerable<AuditEntry> lines)
    {
        var chain = new AuditChain();
        foreach (var line in lines)
        {
            if (!chain.Add(line))
            {
                break;
            }
        }

        return chain;
    }

    [Fact]
    public void An_untouched_chain_holds()
    {
        var chain = Verify(Chain(5));
        Assert.Null(chain.FirstBreak);
        Assert.Equal(5, chain.Chained);
    }

    public static TheoryData<string, int, string> Tampering => new()
    {
        // what is done to the chain of 5, the first line (sequence) found broken, a word of the reason
        { "edit line 3", 3, "内容" },
        { "delete line 3", 4, "缺失" },
        { "swap lines 2 and 3", 3, "缺失" },
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public void Tampering_is_found_at_the_first_line_it_touches(string tampering, int firstBroken, string reason)
    {
        var lines = Chain(5);
        switch (tampering)
        {
            case "edit line 3":
                typeof(AuditEntry).GetProperty(nameof(AuditEntry.Detail))!.SetValue(lines[2], "改过");
                break;
            case "delete line 3":
                lines.RemoveAt(2);
                break;
            default:
                (lines[1], lines[2]) = (lines[2], lines[1]);
                break;
        }

        var broken = Verify(lines).FirstBreak;
        Assert.NotNull(broken);
        Assert.Equal(firstBroken, broken.Sequence);
        Assert.Contains(reason, broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_from_before_the_chain_may_only_come_first()
    {
        var legacy = AuditEntry.Record(Actor, AuditAction.View, null, null, Now);
        var chain = Verify([legacy, .. Chain(2)]);
        Assert.Null(chain.FirstBreak);
        Assert.Equal(1, chain.Unchained);
    }
}
