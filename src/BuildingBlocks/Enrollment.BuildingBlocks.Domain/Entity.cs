namespace Enrollment.BuildingBlocks.Domain;

/// <summary>An object with an identity that lasts across changes of its state.</summary>
public abstract class Entity<TId>
    where TId : notnull
{
    public TId Id { get; protected set; } = default!;

    /// <summary>Checks a business rule and stops the change when it is broken, so an aggregate never holds an invalid state.</summary>
    protected static void CheckRule(IBusinessRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.IsBroken())
        {
            throw new BusinessRuleValidationException(rule);
        }
    }
}
