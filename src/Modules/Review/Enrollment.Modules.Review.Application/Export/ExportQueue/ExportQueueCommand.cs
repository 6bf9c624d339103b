using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Domain.PersonalData;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Review.Application.Abstractions;
using Enrollment.Modules.Review.Application.Queue;
using Enrollment.Modules.Review.Application.Reviewers;
using Enrollment.Modules.Review.Domain.Audit;
using Enrollment.Modules.Review.Domain.Scopes;
using FluentValidation;
using Mediator;

namespace Enrollment.Modules.Review.Application.Export.ExportQueue;

/// <summary>
/// Writes the queue of the current filter (every page) to <see cref="Output"/> as .xlsx, rows streamed from the
/// database through the spreadsheet writer, a row of texts at a time. Identifiers and phones masked, except for a DistrictAdmin. Audited
/// with the filter and the number of rows.
/// </summary>
public sealed record ExportQueueCommand(Reviewer Reviewer, Stream Output, string? Status = null, Guid? School = null, string? Kind = null, string? Q = null)
    : ICommand<ExportResult>, IQueueFilter
{
    public IReadOnlyList<string> Evidence { get; init; } = [];

    public string? PreCheck { get; init; }

    public DateOnly? SubmittedFrom { get; init; }

    public DateOnly? SubmittedTo { get; init; }

    public bool? ChangedSinceReturn { get; init; }

    public string? Sort { get; init; }

    public string? Order { get; init; }
}

public sealed record ExportResult(int Rows, bool PersonalDataMasked);

internal sealed class ExportQueueCommandValidator : AbstractValidator<ExportQueueCommand>
{
    public ExportQueueCommandValidator() => Include(new QueueFilterValidator<ExportQueueCommand>());
}

internal sealed class ExportQueueCommandHandler(ISender sender, IReturnDecisionRepository returns, ISpreadsheetWriter writer, IAuditTrail audit, TimeProvider clock)
    : ICommandHandler<ExportQueueCommand, ExportResult>
{
    public async ValueTask<ExportResult> Handle(ExportQueueCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var scope = command.Reviewer.Scope;
        var masked = command.Reviewer.Actor.Role != nameof(ReviewerRole.DistrictAdmin);
        var count = 0;
        // The queue's filters and order, every page of it; a school= outside the scope matches nothing.
        var lines = QueueMatching.LinesAsync(sender, returns, scope, command, cancellationToken);
        await writer.WriteAsync(command.Output, SheetName, Columns, Rows(lines, masked, () => count++), cancellationToken);

        var filter = $"status={command.Status};school={command.School};kind={command.Kind};q={command.Q};evidence={string.Join(',', command.Evidence)};"
            + $"preCheck={command.PreCheck};submittedFrom={command.SubmittedFrom:yyyy-MM-dd};submittedTo={command.SubmittedTo:yyyy-MM-dd};"
            + $"changedSinceReturn={command.ChangedSinceReturn};sort={command.Sort};order={command.Order};rows={count};masked={masked}";
        audit.Add(AuditEntry.Record(command.Reviewer.Actor, AuditAction.Export, null, filter, clock.GetUtcNow()));
        return new ExportResult(count, masked);
    }

    private const string SheetName = "审核队列";

    private static readonly SpreadsheetColumn[] Columns =
    [
        new("学生姓名", 12), new("身份证号", 21), new("毕业类型", 14), new("毕业学校", 28), new("毕业班级", 12),
        new("状态", 8), new("父亲手机号", 14), new("母亲手机号", 14), new("提交时间", 17), new("编号", 38),
    ];


    /// <summary>One row of text per line, in <see cref="Columns"/>' order; nothing kept once written.</summary>
    private static async IAsyncEnumerable<string?[]> Rows(IAsyncEnumerable<SubmittedApplicationSummary> lines, bool masked, Action counted)
    {
        await foreach (var a in lines)
        {
            counted();
            yield return new string?[]
            {
                a.StudentName,
                masked ? PersonalDataMask.ResidentId(a.StudentResidentId) : a.StudentResidentId,
                a.GraduationTypeText,
                a.SchoolName,
                a.ClassName,
                a.StatusText,
                masked ? PersonalDataMask.Mobile(a.FatherMobile) : a.FatherMobile,
                masked ? PersonalDataMask.Mobile(a.MotherMobile) : a.MotherMobile,
                a.SubmittedAt.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                a.Id.ToString(),
            };
        }
    }
}
