using Mediator;

namespace Enrollment.Modules.Registration.Contracts.Applications;

// The reviewer's decisions, sent by the Review module (which checks the reviewer's scope first and keeps
// the field reasons and the audit trail). Only an application under review (审核中) can be decided:
// otherwise 409 application.not-under-review. ExpectedVersion (the If-Match of the reviewer's request,
// or the version the reviewer read) makes a decision on an application changed since refused with 412
// concurrency.conflict; two decisions at once save only one of them.

/// <summary>有误: back to the parent with the reviewer's reasons (one line per field).</summary>
public sealed record ReturnApplicationCommand(Guid ApplicationId, IReadOnlyList<string> Reasons, int? ExpectedVersion = null) : ICommand;

/// <summary>已提交: accepted, locked for the parent (409 application.locked on any edit or delete).</summary>
public sealed record AcceptApplicationCommand(Guid ApplicationId, int? ExpectedVersion = null) : ICommand;
