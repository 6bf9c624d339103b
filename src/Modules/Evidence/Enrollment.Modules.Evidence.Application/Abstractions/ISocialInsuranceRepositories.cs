using Enrollment.Modules.Evidence.Domain.Evidences;
using Enrollment.Modules.Evidence.Domain.SocialInsurance;

namespace Enrollment.Modules.Evidence.Application.Abstractions;

public interface ISocialInsuranceImportRepository
{
    void Add(SocialInsuranceImport import);

    Task<SocialInsuranceImport?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The import of the file with this SHA-256, if it was uploaded before.</summary>
    Task<SocialInsuranceImport?> GetByContentHashAsync(string contentHash, CancellationToken cancellationToken);

    /// <summary>The latest <paramref name="take"/> imports, newest first.</summary>
    Task<IReadOnlyList<SocialInsuranceImport>> ListLatestAsync(int take, CancellationToken cancellationToken);
}

public interface ISocialInsuranceOutcomeRepository
{
    void Add(SocialInsuranceOutcome outcome);

    void Remove(SocialInsuranceOutcome outcome);

    /// <summary>The stored outcomes of these applications, every page.</summary>
    Task<IReadOnlyList<SocialInsuranceOutcome>> ListAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken);

    /// <summary>
    /// Whether a period check of the application could write anything: it has a saved (not skipped) page of one of
    /// <paramref name="kinds"/>, or a stored outcome (which a check may drop). One statement.
    /// </summary>
    Task<bool> AnythingToCheckAsync(Guid applicationId, IReadOnlyCollection<EvidenceKind> kinds, CancellationToken cancellationToken);
}

/// <summary>Schedules the module's background work (Hangfire in the Infrastructure layer).</summary>
public interface ISocialInsuranceJobs
{
    /// <summary>Runs the period check of one application's employment and business pages soon, retried on failure.</summary>
    void CheckApplication(Guid applicationId);
}
