namespace Enrollment.Modules.Review.Domain.PreChecks;

/// <summary>A person's resident ID on the application, where it was entered.</summary>
/// <param name="Label">学生, 父亲, 母亲, 户主, 被拆迁人.</param>
public sealed record IdentifierFact(string Label, string Page, string Field, string ResidentId);

/// <summary>A region picked on a page and whether the Regions module takes it as the last level of an address (null: unknown code).</summary>
public sealed record AddressFact(string Label, string Page, string Field, string RegionCode, bool? IsLastLevel);

/// <summary>A parent on page 3.</summary>
/// <param name="Role">`Father` or `Mother`.</param>
public sealed record ParentFact(string Role, string Name, string ResidentId);

/// <summary>A saved evidence page: the parent it names and, for the pages that have them, the permit's last day and the account holder.</summary>
public sealed record EvidenceFact(string Kind, string Title, string? NamedParent, DateOnly? ValidUntil, string? AccountHolderName);

/// <summary>The social-insurance check of the Evidence module, once it exists.</summary>
public sealed record SocialInsuranceFact(PreCheckOutcome Outcome, string? Message);

/// <summary>Another submitted application of the season that names one of this application's parents.</summary>
public sealed record SiblingFact(Guid ApplicationId, string StudentName, string StatusText);

/// <summary>
/// Everything the pre-checks look at, gathered by the application layer from the Registration, Evidence and
/// Regions modules. The checks are pure functions of it.
/// </summary>
/// <param name="PermitValidOn">The season's day a residence permit must still be valid on; null: the day of submission.</param>
/// <param name="OtherApplicationsOfChild">Other submitted applications of the season with the same child ID.</param>
public sealed record PreCheckFacts(
    DateOnly BirthDate,
    bool OverAgeConfirmed,
    DateOnly EarliestBirthDate,
    DateOnly LatestBirthDate,
    IReadOnlyList<IdentifierFact> Identifiers,
    IReadOnlyList<AddressFact> Addresses,
    IReadOnlyList<ParentFact> Parents,
    IReadOnlyList<EvidenceFact> Evidence,
    DateOnly PermitValidOn,
    SocialInsuranceFact? SocialInsurance,
    int OtherApplicationsOfChild,
    IReadOnlyList<SiblingFact> Siblings);
