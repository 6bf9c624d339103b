using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Applications.Rules;

public sealed class ApplicationMustBeUnderReviewRule(ApplicationStatus status) : IBusinessRule
{
    public bool IsBroken() => status != ApplicationStatus.UnderReview;

    public string Code => "application.not-under-review";

    public string Message => "只能审核“审核中”的信息";

    public RuleKind Kind => RuleKind.Conflict;
}
