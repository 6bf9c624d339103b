using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Review.Domain.Audit;
using Enrollment.Modules.Review.Domain.Decisions;
using Enrollment.Modules.Review.Domain.Fields;
using Enrollment.Modules.Review.Domain.ReturnReasons;

namespace Enrollment.Modules.Review.Tests;

public sealed class ReturnDecisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly ReturnReasonOption Active = ReturnReasonOption.Defaults()[0];
    private static readonly ReturnReasonOption Retired = Retire(ReturnReasonOption.Defaults()[1]);

    private static ReturnReasonOption Retire(ReturnReasonOption option)
    {
        option.Retire();
        return option;
    }

    private static readonly Dictionary<Guid, ReturnReasonOption> Options = new() { [Active.Id] = Active, [Retired.Id] = Retired };

    public static TheoryData<string, string?> Cases => new()
    {
        // choices as "page/field/reason" separated by ';' — reason: a = active, r = retired, u = unknown id
        { "student/residentId/a", null },
        { "student/residentId/a;household/community/a;guardians/father.mobile/a", null },
        { "property/page/a", null },
        { "", "review.return.reasons-required" },
        { "student/shoeSize/a", "review.return.field-unknown" },
        { "kitchen/name/a", "review.return.field-unknown" },
        { "student/name/r", "review.return.reason-unknown" },
        { "student/name/u", "review.return.reason-unknown" },
        { "student/name/a;student/name/a", "review.return.field-repeated" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Given_the_reviewers_choices_Then_the_return_is_recorded_or_the_rule_is_named(string choices, string? brokenRule)
    {
        var parsed = choices.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(c =>
        {
            var parts = c.Split('/');
            var reason = parts[2] switch { "a" => Active.Id, "r" => Retired.Id, _ => Guid.NewGuid() };
            return new ReasonChoice(parts[0], parts[1], reason, " 备注 ");
        }).ToList();

        var record = () => ReturnDecision.Record(Guid.NewGuid(), Guid.NewGuid(), "审核员", parsed, Options, new Dictionary<string, FieldValue>(), Now);

        if (brokenRule is null)
        {
            var decision = record();
            Assert.Equal(parsed.Count, decision.Reasons.Count);
            Assert.All(decision.Reasons, r => Assert.Equal("备注", r.Note));
            Assert.All(decision.Reasons, r => Assert.Equal(Active.Text, r.Reason));
        }
        else
        {
            Assert.Equal(brokenRule, Assert.Throws<BusinessRuleValidationException>(record).Code);
        }
    }

    [Fact]
    public void Given_more_than_the_maximum_of_reasons_Then_the_return_is_refused()
    {
        var fields = ReviewableFields.All.Take(ReturnDecision.MaxReasons + 1).Select(f => new ReasonChoice(f.Page, f.Field, Active.Id, null)).ToList();
        var exception = Assert.Throws<BusinessRuleValidationException>(() =>
            ReturnDecision.Record(Guid.NewGuid(), null, "审核员", fields, Options, new Dictionary<string, FieldValue>(), Now));
        Assert.Equal("review.return.too-many-reasons", exception.Code);
    }

    [Fact]
    public void A_reason_reads_as_one_line_with_page_field_reason_and_note()
    {
        var reason = new FieldReason("student", "residentId", "学生基本信息", "身份证号", Active.Id, "与户口簿不一致", "第7位");
        Assert.Equal("学生基本信息·身份证号：与户口簿不一致（第7位）", reason.Text);
        Assert.Equal("学生基本信息·身份证号：与户口簿不一致", (reason with { Note = null }).Text);
    }

    public static TheoryData<string?, string?, string?, bool> ChangeCases => new()
    {
        // before fingerprint, after fingerprint, shown after, changed?
        { "A", "A", "x", false },
        { "A", "B", "410185********0014", true }, // a change hidden by the mask is still a change
        { null, "B", "new", true },
        { "A", null, null, true },
        { null, null, null, false },
    };

    [Theory]
    [MemberData(nameof(ChangeCases))]
    public void Given_two_states_of_a_field_Then_a_change_is_listed_only_when_the_stored_value_differs(string? before, string? after, string? shownAfter, bool changed)
    {
        const string key = "student.residentId";
        var old = before is null ? new Dictionary<string, FieldValue>() : new Dictionary<string, FieldValue> { [key] = new("410185********0014", before) };
        var now = after is null ? new Dictionary<string, FieldValue>() : new Dictionary<string, FieldValue> { [key] = new(shownAfter, after) };

        var changes = FieldChanges.Between(old, now);

        if (changed)
        {
            var change = Assert.Single(changes);
            Assert.Equal(("student", "residentId", "身份证号"), (change.Page, change.Field, change.Label));
            Assert.Equal(shownAfter, change.New);
        }
        else
        {
            Assert.Empty(changes);
        }
    }

    [Fact]
    public void An_audit_line_keeps_who_what_and_when_and_cuts_an_overlong_detail()
    {
        var actor = new AuditActor(Guid.NewGuid(), "reviewer", "SchoolReviewer", "10.0.0.7");
        var line = AuditEntry.Record(actor, AuditAction.Reveal, Guid.NewGuid(), new string('理', AuditEntry.MaxDetailLength + 10), Now);
        Assert.Equal(("reviewer", "SchoolReviewer", "10.0.0.7", AuditAction.Reveal, Now), (line.StaffName, line.Role, line.ClientAddress, line.Action, line.OccurredAt));
        Assert.Equal(AuditEntry.MaxDetailLength, line.Detail!.Length);
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, "review.return-reason.duplicate")]
    public void A_return_reason_text_is_unique(bool taken, string? brokenRule)
    {
        if (brokenRule is null)
        {
            Assert.True(ReturnReasonOption.Create(" 与户口簿不一致 ", 10, taken).IsActive);
        }
        else
        {
            Assert.Equal(brokenRule, Assert.Throws<BusinessRuleValidationException>(() => ReturnReasonOption.Create("与户口簿不一致", 10, taken)).Code);
        }
    }
}
