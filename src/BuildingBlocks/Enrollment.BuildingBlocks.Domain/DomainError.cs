namespace Enrollment.BuildingBlocks.Domain;

/// <summary>
/// A refusal that is not a condition checked on state, so not an <see cref="IBusinessRule"/>: an input
/// that does not parse, a sign-in or a code refused, a file that is not what it claims, a race lost to
/// a unique index. It carries what a broken rule carries, so the API answers both alike.
/// </summary>
/// <param name="Field">The input field, in camelCase as the API names it; null for the whole request.</param>
public sealed record DomainError(string Code, string Message, string? Field = null, RuleKind Kind = RuleKind.Unprocessable)
{
    public static DomainError Of(IBusinessRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new DomainError(rule.Code, rule.Message, rule.Field, rule.Kind);
    }

    public BusinessRuleValidationException ToException() => new(this);
}
