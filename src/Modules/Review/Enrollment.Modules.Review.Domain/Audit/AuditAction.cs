namespace Enrollment.Modules.Review.Domain.Audit;

/// <summary>What a staff member did, as the audit trail names it.</summary>
public enum AuditAction
{
    /// <summary>Opened an application's detail.</summary>
    View,

    /// <summary>Revealed the unmasked identifiers and phones of an application, with a reason.</summary>
    Reveal,

    /// <summary>Returned an application (有误).</summary>
    Return,

    /// <summary>Accepted an application (已提交).</summary>
    Accept,

    /// <summary>Exported the queue to a spreadsheet.</summary>
    Export,

    /// <summary>Changed the configuration: the return reasons, or anything under <c>/api/v1/admin/</c> (seasons, schools, staff …).</summary>
    Configure,

    /// <summary>The retention of personal data (ADR-0041): a dry run planned, or a run that anonymized applications.</summary>
    Retention,
}
