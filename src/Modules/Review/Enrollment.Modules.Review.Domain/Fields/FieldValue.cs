namespace Enrollment.Modules.Review.Domain.Fields;

/// <summary>
/// A field's value as the Review module keeps it: what a reviewer may read (<see cref="Shown"/>, masked
/// where the value is personal data) and a fingerprint of the value as stored, so that a change hidden by
/// the mask (two IDs with the same ends) is still seen. The stored value itself is never kept here.
/// </summary>
public sealed record FieldValue(string? Shown, string Fingerprint);

/// <summary>One field that differs between two states of an application (old → new).</summary>
public sealed record FieldChange(string Page, string Field, string PageLabel, string Label, string? Old, string? New);

/// <summary>The fields that differ between the state a reviewer returned and the state now.</summary>
public static class FieldChanges
{
    public static IReadOnlyList<FieldChange> Between(
        IReadOnlyDictionary<string, FieldValue> before,
        IReadOnlyDictionary<string, FieldValue> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<FieldChange>();
        foreach (var field in ReviewableFields.All)
        {
            var old = before.GetValueOrDefault(field.Key);
            var now = after.GetValueOrDefault(field.Key);
            if (old?.Fingerprint != now?.Fingerprint)
            {
                changes.Add(new FieldChange(field.Page, field.Field, field.PageLabel, field.Label, old?.Shown, now?.Shown));
            }
        }

        return changes;
    }
}
