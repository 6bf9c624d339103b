using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.Modules.Evidence.Domain.SocialInsurance;
using Enrollment.Modules.Evidence.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Enrollment.Modules.Evidence.Infrastructure.SocialInsurance;

/// <summary>
/// The re-encryption job's part for <c>social_insurance_records</c> written before blind indexes: the resident ID is
/// the primary key, so a legacy row (no <c>bi1:</c> prefix) is replaced — the indexed row inserted (unless already
/// there), the plaintext row deleted by its raw key — in one transaction per batch.
/// </summary>
internal sealed class SocialInsuranceRecordRewrite(EvidenceDbContext context) : IPersonalDataRewrite
{
    public string Name => "evidence.SocialInsuranceRecord";

    public async Task<int> RunBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        var entity = context.Model.FindEntityType(typeof(SocialInsuranceRecord))!;
        var sql = context.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var residentId = sql.DelimitIdentifier(nameof(SocialInsuranceRecord.ResidentId));
        // Identifiers from the model and a constant prefix only: nothing of the caller's goes into the SQL.
        var select = $"SELECT * FROM {table} WHERE {residentId} NOT LIKE '{PersonalDataProtector.BlindIndexPrefix}%'";
        var legacy = await context.SocialInsuranceRecords
            .FromSqlRaw(select)
            .AsNoTracking()
            .OrderBy(r => r.ResidentId).ThenBy(r => r.Month).ThenBy(r => r.Type) // any batch would do; EF Core warns about one without an order
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        if (legacy.Count == 0)
        {
            return 0;
        }

        var strategy = context.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            context.ChangeTracker.Clear();
            await using var transaction = await context.Database.BeginTransactionAsync(ct);
            var store = new SocialInsuranceRecordStore(context);
            await store.AddNewAsync(
                [.. legacy.Select(r => new SocialInsuranceRecord(r.ResidentId, r.Name, r.Type, r.Month, r.Employer, r.ImportId, r.ImportedAt))], ct);
            var month = sql.DelimitIdentifier(nameof(SocialInsuranceRecord.Month));
            var type = sql.DelimitIdentifier(nameof(SocialInsuranceRecord.Type));
            var delete = $"DELETE FROM {table} WHERE {residentId} = {{0}} AND {month} = {{1}} AND {type} = {{2}}";
            foreach (var row in legacy)
            {
                // Raw parameters: the key's converter would turn the plaintext into its index and miss the legacy row.
                await context.Database.ExecuteSqlRawAsync(delete, [row.ResidentId, row.Month, row.Type.ToString()], ct);
            }

            await transaction.CommitAsync(ct);
        }, cancellationToken);
        return legacy.Count;
    }
}
