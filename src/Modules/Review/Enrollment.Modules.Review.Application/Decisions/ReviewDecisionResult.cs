namespace Enrollment.Modules.Review.Application.Decisions;

/// <summary>The application after a decision: its status and version (the ETag of the next decision).</summary>
public sealed record ReviewDecisionResult(Guid Id, string Status, string StatusText, int Version);
