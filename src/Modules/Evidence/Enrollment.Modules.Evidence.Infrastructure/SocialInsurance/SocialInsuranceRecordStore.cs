using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Domain.SocialInsurance;
using Enrollment.Modules.Evidence.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Evidence.Infrastructure.SocialInsurance;

/// <summary>
/// The records port over the imported payment exports, and the import's writer: the one class that reads or writes
/// <c>social_insurance_records</c> by resident ID. The column holds the ID's blind index (ADR-0029), so every lookup
/// here compares indexes and maps them back to the IDs it was asked about.
/// </summary>
internal sealed class SocialInsuranceRecordStore(EvidenceDbContext context) : ISocialInsuranceRecords
{
    public static string Key(string residentId) => residentId.Trim().ToUpperInvariant();

    private string IndexOf(string residentId) => context.PersonalData.BlindIndex(BlindIndexPurposes.ResidentId, Key(residentId));

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<InsuredMonth>>> FindAsync(IReadOnlyCollection<string> residentIds, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var byIndex = residentIds.Select(Key).Distinct(StringComparer.Ordinal).ToDictionary(IndexOf, id => id, StringComparer.Ordinal);
        var indexes = byIndex.Keys.ToList();
        var rows = await context.SocialInsuranceRecords.AsNoTracking()
            .Where(r => indexes.Contains(r.ResidentId) && r.Month >= from && r.Month <= to)
            .Select(r => new { r.ResidentId, r.Month, r.Type })
            .ToListAsync(cancellationToken);
        return rows.Where(r => byIndex.ContainsKey(r.ResidentId)).GroupBy(r => byIndex[r.ResidentId], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<InsuredMonth>)[.. g.Select(r => new InsuredMonth(r.Month, r.Type))], StringComparer.Ordinal);
    }

    /// <summary>
    /// Stores the records not yet on file (by resident ID, month and type) in one round trip, and forgets them
    /// afterwards so that a long import's change tracker stays small. Returns how many were new.
    /// </summary>
    public async Task<int> AddNewAsync(IReadOnlyList<SocialInsuranceRecord> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var indexes = batch.Select(r => IndexOf(r.ResidentId)).Distinct(StringComparer.Ordinal).ToList();
        var from = batch.Min(r => r.Month);
        var to = batch.Max(r => r.Month);
        var existing = (await context.SocialInsuranceRecords.AsNoTracking()
                .Where(r => indexes.Contains(r.ResidentId) && r.Month >= from && r.Month <= to)
                .Select(r => new { r.ResidentId, r.Month, r.Type })
                .ToListAsync(cancellationToken))
            .Select(r => (r.ResidentId, r.Month, r.Type))
            .ToHashSet();
        var fresh = batch.Where(r => existing.Add((IndexOf(r.ResidentId), r.Month, r.Type))).ToList();
        if (fresh.Count == 0)
        {
            return 0;
        }

        context.SocialInsuranceRecords.AddRange(fresh);
        await context.SaveChangesAsync(cancellationToken);
        foreach (var record in fresh)
        {
            context.Entry(record).State = EntityState.Detached;
        }

        return fresh.Count;
    }
}
