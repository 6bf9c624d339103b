using Enrollment.Modules.Review.Domain.Audit;
using Enrollment.Modules.Review.Domain.Scopes;

namespace Enrollment.Modules.Review.Application.Reviewers;

/// <summary>The staff member behind a request: what they may see (<see cref="Scope"/>) and who they are for the audit trail.</summary>
public sealed record Reviewer(ReviewScope Scope, AuditActor Actor);
