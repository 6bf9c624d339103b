using Enrollment.Modules.Review.Domain.Audit;
using Enrollment.Modules.Review.Domain.Decisions;
using Enrollment.Modules.Review.Domain.ReturnReasons;

namespace Enrollment.Modules.Review.Application.Abstractions;

public interface IReturnDecisionRepository
{
    void Add(ReturnDecision decision);

    /// <summary>The latest return of the application; null when it was never returned.</summary>
    Task<ReturnDecision?> GetLatestAsync(Guid applicationId, CancellationToken cancellationToken);

    /// <summary>Every return of these applications, tracked (retention).</summary>
    Task<IReadOnlyList<ReturnDecision>> ListForUpdateAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken);

    /// <summary>Which of these applications were returned at least once.</summary>
    Task<IReadOnlySet<Guid>> ReturnedAmongAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken);
}

/// <summary>The append-only audit trail: lines are added, never changed.</summary>
public interface IAuditTrail
{
    void Add(AuditEntry entry);

    /// <summary>Every line in chain order (by sequence), read as the caller goes.</summary>
    IAsyncEnumerable<AuditEntry> ReadInChainOrderAsync(CancellationToken cancellationToken);

    /// <summary>One page of lines, newest first, and the number of matching lines.</summary>
    Task<(IReadOnlyList<AuditEntry> Items, int Total)> ListAsync(AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken);
}

/// <summary>The filters of <c>GET /api/v1/review/audit</c>; null: any.</summary>
public sealed record AuditFilter(Guid? ApplicationId, Guid? StaffId, AuditAction? Action, DateTimeOffset? From, DateTimeOffset? To);

public interface IReturnReasonRepository
{
    void Add(ReturnReasonOption option);

    Task<ReturnReasonOption?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Active and retired ones, in their order.</summary>
    Task<IReadOnlyList<ReturnReasonOption>> ListAsync(CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, ReturnReasonOption>> GetManyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken);

    Task<bool> TextTakenAsync(string text, Guid? except, CancellationToken cancellationToken);
}

/// <summary>
/// Runs one decision of a bulk request on its own (own scope, own transaction), so that one refused item
/// leaves nothing behind for the next, and reports how it ended.
/// </summary>
public interface IIsolatedDecisions
{
    Task<DecisionOutcome> AcceptAsync(Reviewers.Reviewer reviewer, Guid applicationId, CancellationToken cancellationToken);
}

/// <param name="Code">Null when the decision was made; else the stable code of the refusal (<c>not-found</c>, <c>application.not-under-review</c>, <c>concurrency.conflict</c>).</param>
public sealed record DecisionOutcome(string? Code, string? Message)
{
    public static DecisionOutcome Done { get; } = new(null, null);

    public bool Succeeded => Code is null;
}

/// <summary>Writes a one-sheet spreadsheet (.xlsx) from rows produced one at a time, never holding them all.</summary>
public interface ISpreadsheetWriter
{
    /// <summary>
    /// A header row of the columns' names, then one row per item of <paramref name="rows"/>: a text per column, in the
    /// columns' order (null: an empty cell).
    /// </summary>
    Task WriteAsync(Stream output, string sheetName, IReadOnlyList<SpreadsheetColumn> columns, IAsyncEnumerable<string?[]> rows, CancellationToken cancellationToken);
}

/// <summary>A column of a written sheet: its header and its width in characters.</summary>
public sealed record SpreadsheetColumn(string Header, int Width);
