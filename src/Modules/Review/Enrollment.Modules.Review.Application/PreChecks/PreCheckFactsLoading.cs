using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Contracts.Queries;
using Enrollment.Modules.Registration.Contracts.Applications;
using Enrollment.Modules.Regions.Contracts.Queries;
using Enrollment.Modules.Review.Domain.PreChecks;
using Mediator;

namespace Enrollment.Modules.Review.Application.PreChecks;

/// <summary>One pre-check as the reviewer's detail shows it.</summary>
/// <param name="Code">`resident-ids`, `age-window`, `region-depth`, `holders-are-parents`, `residence-permit-valid`, `social-insurance`, `same-child`, `siblings`.</param>
/// <param name="Outcome">`Passed`, `Failed`, `NotChecked` (its data does not exist yet), `NotApplicable`, `Notice` (not a fault).</param>
/// <param name="Passed">Nothing to act on: `Passed`, `NotApplicable` or `Notice`.</param>
/// <param name="Message">Why, in Chinese (always set when failed).</param>
/// <param name="Page">The page at fault, when one is (as a return names it).</param>
/// <param name="Field">The field at fault (`page` for a whole page).</param>
public sealed record PreCheckDto(string Code, string Label, string Outcome, bool Passed, string? Message, string? Page, string? Field);

/// <summary>Gathers the facts of the pre-checks from the Registration, Evidence and Regions modules, and runs them.</summary>
internal static class PreCheckFactsLoading
{

    public static async Task<IReadOnlyList<PreCheckResult>> RunAsync(
        ISender sender,
        SubmittedApplication application,
        IReadOnlyList<EvidencePageForReview> evidence,
        CancellationToken cancellationToken)
    {
        var facts = await LoadAsync(sender, application, evidence, cancellationToken);
        return PreCheckSuite.Run(facts);
    }

    public static PreCheckDto ToDto(this PreCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new PreCheckDto(result.Code, result.Label, result.Outcome.ToString(), result.Passed, result.Message, result.Page, result.Field);
    }

    private static async Task<PreCheckFacts> LoadAsync(
        ISender sender,
        SubmittedApplication application,
        IReadOnlyList<EvidencePageForReview> evidence,
        CancellationToken cancellationToken)
    {
        var season = await sender.Send(new GetSeasonPolicyForReviewQuery(application.SeasonId), cancellationToken);
        var window = application.GraduationType == "PrimaryGraduate" ? season.JuniorMiddleEntry : season.PrimaryEntry;
        var saved = evidence.Where(e => e.State == "Saved" && e.Fields is not null).ToList();

        var identifiers = new List<IdentifierFact> { new("学生", "student", "residentId", application.Student.ResidentId) };
        var parents = new List<ParentFact>();
        var addresses = new List<(string Label, string Page, string Field, string Code)>();
        foreach (var (role, label, guardian) in new[] { ("Father", "父亲", application.Father), ("Mother", "母亲", application.Mother) })
        {
            if (guardian is null)
            {
                continue;
            }

            var key = role.ToLowerInvariant();
            identifiers.Add(new IdentifierFact(label, "guardians", $"{key}.residentId", guardian.ResidentId));
            parents.Add(new ParentFact(role, guardian.Name, guardian.ResidentId));
            addresses.Add(($"{label}户口簿地址", "guardians", $"{key}.regionCode", guardian.RegionCode));
        }

        if (application.Household is { } household)
        {
            identifiers.Add(new IdentifierFact("户主", "household", "householder.residentId", household.HouseholderResidentId));
            addresses.Add(("户口簿登记地址", "household", "regionCode", household.RegionCode));
        }

        foreach (var page in saved)
        {
            if (page.Fields!.GetValueOrDefault("relocatedPersonResidentId") is { Length: > 0 } relocated)
            {
                identifiers.Add(new IdentifierFact("被拆迁人", page.Kind, "page", relocated));
            }

            if (page.Fields!.GetValueOrDefault("regionCode") is { Length: > 0 } region)
            {
                addresses.Add(($"{page.Title}地址", page.Kind, "page", region));
            }
        }

        var verdicts = new Dictionary<string, bool?>(StringComparer.Ordinal);
        foreach (var code in addresses.Select(a => a.Code).Distinct(StringComparer.Ordinal))
        {
            var check = await sender.Send(new ValidateAddressRegionQuery(code, season.HomeCountyCode), cancellationToken);
            verdicts[code] = check.Region is null ? null : check.IsValid;
        }

        // The same child in another application of the season: the queue's read by the full ID (every school).
        var sameChild = await sender.Send(
            new ListSubmittedApplicationsQuery(null, null, null, application.Student.ResidentId, null, 1, ListSubmittedApplicationsQuery.MaxPageSize),
            cancellationToken);
        var insurance = await sender.Send(new GetSocialInsuranceOutcomeQuery(application.Id), cancellationToken);
        var siblings = await sender.Send(
            new FindApplicationsOfParentsQuery(application.SeasonId, [.. parents.Select(p => p.ResidentId)], application.Id),
            cancellationToken);

        return new PreCheckFacts(
            application.Student.BirthDate,
            application.Student.OverAgeConfirmed,
            window.Earliest,
            window.Latest,
            identifiers,
            [.. addresses.Select(a => new AddressFact(a.Label, a.Page, a.Field, a.Code, verdicts[a.Code]))],
            parents,
            [.. saved.Select(e => new EvidenceFact(e.Kind, e.Title, e.NamedParent, e.ValidUntil, e.Fields!.GetValueOrDefault("accountHolderName")))],
            season.ResidencePermitValidOn ?? ChinaTime.Today(application.SubmittedAt),
            SocialInsuranceOf(insurance),
            sameChild.Items.Count(a => a.Id != application.Id && a.SeasonId == application.SeasonId),
            [.. siblings.Select(s => new SiblingFact(s.ApplicationId, s.StudentName, StatusText(s.Status)))]);
    }

    /// <summary>
    /// The Evidence module's period check of pages 7 and 8: null without such a page; not checked while any is
    /// pending; failed with the months or the reason when any page failed; passed when all passed.
    /// </summary>
    private static SocialInsuranceFact? SocialInsuranceOf(SocialInsuranceOutcomes outcomes)
    {
        if (outcomes.Outcomes.Count == 0)
        {
            return null;
        }

        var failed = outcomes.Outcomes.Where(o => o.Result is not ("Passed" or "Pending")).ToList();
        if (failed.Count > 0)
        {
            return new SocialInsuranceFact(PreCheckOutcome.Failed, string.Join("；", failed.Select(o => $"{(o.Kind == "business" ? "经商" : "务工")}{(o.Parent == "Mother" ? "（母亲）" : o.Parent == "Father" ? "（父亲）" : string.Empty)}：{Reason(o)}")));
        }

        return outcomes.Outcomes.Any(o => o.Result == "Pending")
            ? new SocialInsuranceFact(PreCheckOutcome.NotChecked, "尚未核验（社保数据未导入）")
            : new SocialInsuranceFact(PreCheckOutcome.Passed, $"{outcomes.Outcomes[0].PeriodFrom}至{outcomes.Outcomes[0].PeriodTo}连续缴纳职工社保");
    }

    private static string Reason(SocialInsuranceOutcome outcome) => outcome.Result switch
    {
        "MissingMonths" => $"{string.Join("、", outcome.MissingMonths)}未缴纳职工社保",
        "ResidentInsuranceOnly" => "期间仅有居民社保，无职工社保",
        "NoRecords" => "社保数据中无该家长期间内的缴纳记录",
        _ => outcome.Result,
    };

    private static string StatusText(string status) => status switch
    {
        "UnderReview" => "审核中",
        "Returned" => "有误",
        "Accepted" => "已提交",
        _ => status,
    };
}

/// <summary>The overall pre-check outcome of one application, for the queue's filter.</summary>
internal static class PreCheckOutcomes
{
    public static async Task<PreCheckOutcome> OfAsync(ISender sender, Guid applicationId, IReadOnlyCollection<Guid>? allowedSchoolIds, CancellationToken cancellationToken)
    {
        var application = await sender.Send(new GetSubmittedApplicationQuery(applicationId, allowedSchoolIds), cancellationToken);
        var pages = await sender.Send(new GetEvidencePagesForReviewQuery(applicationId, allowedSchoolIds), cancellationToken);
        return PreCheckSuite.Overall(await PreCheckFactsLoading.RunAsync(sender, application, pages, cancellationToken));
    }
}
