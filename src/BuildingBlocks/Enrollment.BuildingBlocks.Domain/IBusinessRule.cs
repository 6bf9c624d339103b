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

/// <summary>A request refused by the domain: a rule found broken, or a <see cref="DomainError"/> met on the way.</summary>
public sealed class BusinessRuleValidationException : Exception
{
    public BusinessRuleValidationException(IBusinessRule brokenRule)
        : this(DomainError.Of(brokenRule ?? throw new ArgumentNullException(nameof(brokenRule)))) =>
        BrokenRule = brokenRule;

    public BusinessRuleValidationException(DomainError error)
        : base(error?.Message) =>
        Error = error ?? throw new ArgumentNullException(nameof(error));

    /// <summary>What the API answers: code, message, field and kind.</summary>
    public DomainError Error { get; }

    /// <summary>The rule that was found broken; null when the refusal is a plain <see cref="DomainError"/>.</summary>
    public IBusinessRule? BrokenRule { get; }

    public string Code => Error.Code;

    public override string ToString() => $"{BrokenRule?.GetType().Name ?? nameof(DomainError)}: {Error.Code} {Error.Message}";
}
