using Enrollment.Modules.Review.Application.Reviewers;
using Mediator;

namespace Enrollment.Modules.Review.Application.Decisions.AcceptApplication;

/// <summary>已提交: accepts an application under review; from then on it is locked for the parent.</summary>
/// <param name="ExpectedVersion">The version the reviewer decided on (If-Match); null: the version read now.</param>
public sealed record AcceptReviewedApplicationCommand(Reviewer Reviewer, Guid ApplicationId, int? ExpectedVersion = null) : ICommand<ReviewDecisionResult>;
