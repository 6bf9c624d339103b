namespace Enrollment.BuildingBlocks.Domain;

/// <summary>
/// A domain rule with a stable machine code (e.g. <c>student.id.duplicate</c>) that integrators and
/// front ends can rely on, and a message in the words the user reads.
/// </summary>
public interface IBusinessRule
{
    bool IsBroken();

    string Code { get; }

    string Message { get; }

    /// <summary>The input field the rule is about, in camelCase as the API names it; null for a whole-request rule.</summary>
    string? Field => null;

    /// <summary>Conflict (409) for a clash with existing state; otherwise the request is unprocessable (422).</summary>
    RuleKind Kind => RuleKind.Unprocessable;
}

public enum RuleKind
{
    Unprocessable,
    Conflict,
}

public sealed class BusinessRuleValidationException : Exception
{
    public BusinessRuleValidationException(IBusinessRule brokenRule)
        : base(brokenRule?.Message)
    {
        ArgumentNullException.ThrowIfNull(brokenRule);
        BrokenRule = brokenRule;
    }

    public IBusinessRule BrokenRule { get; }

    public string Code => BrokenRule.Code;

    public override string ToString() => $"{BrokenRule.GetType().Name}: {BrokenRule.Code} {BrokenRule.Message}";
}
