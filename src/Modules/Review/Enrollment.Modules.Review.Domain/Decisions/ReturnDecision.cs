using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Review.Domain.Decisions.Rules;
using Enrollment.Modules.Review.Domain.Fields;
using Enrollment.Modules.Review.Domain.ReturnReasons;

namespace Enrollment.Modules.Review.Domain.Decisions;

/// <summary>
/// A return (有误) of one application: the field reasons the parent reads, and the state of the
/// application's fields at that moment, against which the reviewer later sees what the parent changed.
/// </summary>
public sealed class ReturnDecision : Entity<Guid>
{
    public const int MaxReasons = 30;

    private ReturnDecision()
    {
    }

    public Guid ApplicationId { get; private set; }

    public Guid? ReviewerId { get; private set; }

    public string ReviewerName { get; private set; } = string.Empty;

    public DateTimeOffset ReturnedAt { get; private set; }

    public List<FieldReason> Reasons { get; private set; } = [];

    /// <summary>Field key (<c>student.residentId</c>) → value as returned.</summary>
    public Dictionary<string, FieldValue> Snapshot { get; private set; } = [];

    /// <summary>
    /// Checks the reviewer's choices (known fields, reasons still on the admin's list, each field once) and
    /// keeps them with the application's state. Nothing is decided when a rule is broken.
    /// </summary>
    /// <param name="options">The admin's reasons the request names, by id (missing ones are unknown).</param>
    public static ReturnDecision Record(
        Guid applicationId,
        Guid? reviewerId,
        string reviewerName,
        IReadOnlyList<ReasonChoice> choices,
        IReadOnlyDictionary<Guid, ReturnReasonOption> options,
        IReadOnlyDictionary<string, FieldValue> snapshot,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(snapshot);
        CheckRule(new ReturnMustNameAtLeastOneFieldRule(choices.Count));
        CheckRule(new ReturnMustNotNameTooManyFieldsRule(choices.Count));
        var reasons = new List<FieldReason>(choices.Count);
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            CheckRule(new ReturnedFieldMustExistRule(choice.Page, choice.Field, i));
            var option = options.GetValueOrDefault(choice.ReasonId);
            CheckRule(new ReturnReasonMustBeActiveRule(option is { IsActive: true }, i));
            var field = ReviewableFields.Find(choice.Page, choice.Field)!;
            reasons.Add(new FieldReason(field.Page, field.Field, field.PageLabel, field.Label, option!.Id, option.Text, Blank(choice.Note)));
        }

        CheckRule(new ReturnMustNameEachFieldOnceRule(reasons.Select(r => $"{r.Page}.{r.Field}").ToList()));
        return new ReturnDecision
        {
            Id = Guid.CreateVersion7(),
            ApplicationId = applicationId,
            ReviewerId = reviewerId,
            ReviewerName = reviewerName,
            ReturnedAt = now,
            Reasons = [.. reasons],
            Snapshot = new Dictionary<string, FieldValue>(snapshot, StringComparer.Ordinal),
        };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// The application was anonymized (ADR-0041): the field values kept for the diff and the reviewer's own words go;
    /// which fields were returned for which listed reason stays.
    /// </summary>
    public void Anonymize()
    {
        Snapshot = [];
        Reasons = [.. Reasons.Select(r => r with { Note = null })];
    }
}

/// <summary>What a reviewer picked for one field: page, field, a reason of the admin's list, own words.</summary>
public sealed record ReasonChoice(string Page, string Field, Guid ReasonId, string? Note);
