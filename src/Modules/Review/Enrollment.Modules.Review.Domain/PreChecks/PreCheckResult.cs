namespace Enrollment.Modules.Review.Domain.PreChecks;

/// <summary>How one automatic pre-check ended.</summary>
public enum PreCheckOutcome
{
    /// <summary>The check held.</summary>
    Passed,

    /// <summary>The check found something the reviewer must look at; the message says what.</summary>
    Failed,

    /// <summary>The check could not be made (its data does not exist yet, e.g. social insurance before an import).</summary>
    NotChecked,

    /// <summary>Nothing to check (e.g. no residence permit was given).</summary>
    NotApplicable,

    /// <summary>Not a fault, worth the reviewer's eye (e.g. siblings in the season).</summary>
    Notice,
}

/// <summary>One pre-check on one application: what was checked, how it ended, why, and where (page + field) when one field is at fault.</summary>
public sealed record PreCheckResult(string Code, string Label, PreCheckOutcome Outcome, string? Message = null, string? Page = null, string? Field = null)
{
    /// <summary>Nothing to act on: passed, not applicable or a notice.</summary>
    public bool Passed => Outcome is PreCheckOutcome.Passed or PreCheckOutcome.NotApplicable or PreCheckOutcome.Notice;
}

/// <summary>One pre-check: a pure function of the facts.</summary>
public interface IPreCheck
{
    PreCheckResult Evaluate(PreCheckFacts facts);
}
