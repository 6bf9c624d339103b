using Enrollment.Modules.Registration.Domain.Applications.Rules;
using Xunit;

namespace Enrollment.Modules.Registration.Tests.Applications;

public sealed class OpenDraftsRuleTests
{
    [Theory]
    [InlineData(0, 5, false)]
    [InlineData(4, 5, false)]
    [InlineData(5, 5, true)]
    [InlineData(9, 5, true)]
    [InlineData(0, 1, false)]
    [InlineData(1, 1, true)]
    public void A_parent_may_hold_up_to_the_cap_of_open_drafts(int openDrafts, int cap, bool broken)
    {
        var rule = new ParentMayHoldLimitedOpenDraftsRule(openDrafts, cap);

        Assert.Equal(broken, rule.IsBroken());
        Assert.Equal("application.drafts.too-many", rule.Code);
        Assert.Contains(cap.ToString(System.Globalization.CultureInfo.InvariantCulture), rule.Message, StringComparison.Ordinal);
    }
}
