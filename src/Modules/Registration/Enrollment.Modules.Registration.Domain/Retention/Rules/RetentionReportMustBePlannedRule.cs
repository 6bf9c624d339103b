using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Registration.Domain.Retention.Rules;

/// <summary>A report is carried out or cancelled once.</summary>
public sealed class RetentionReportMustBePlannedRule(RetentionReportStatus status) : IBusinessRule
{
    public bool IsBroken() => status != RetentionReportStatus.Planned;

    public string Code => "retention.report.not-planned";

    public string Message => status == RetentionReportStatus.Executed ? "该数据保留报告已执行" : "该数据保留报告已取消";

    public RuleKind Kind => RuleKind.Conflict;
}
