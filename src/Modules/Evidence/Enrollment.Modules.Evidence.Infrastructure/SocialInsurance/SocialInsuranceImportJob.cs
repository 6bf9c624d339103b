using System.Text;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Domain.SocialInsurance;
using Enrollment.Modules.Evidence.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enrollment.Modules.Evidence.Infrastructure.SocialInsurance;

/// <summary>
/// The Hangfire job that reads an uploaded payment export into <c>social_insurance_records</c>: a first pass
/// counts the rows (over the cap: failed, nothing stored), the second reads and stores them a batch at a time
/// (one transaction and one progress update per batch), so 50,000 rows take little memory and requests go on
/// being answered. Retried from the start on a failure: counts start over, records already stored are skipped.
/// When it completes, the period check of every application with an employment or business page is queued.
/// </summary>
internal sealed class SocialInsuranceImportJob(
    EvidenceDbContext context,
    SocialInsuranceRecordStore records,
    IEvidenceFileStore files,
    IBackgroundJobClient jobs,
    IOptions<SocialInsuranceOptions> options,
    TimeProvider clock)
{
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [5, 60, 600])]
    public async Task RunAsync(Guid importId, CancellationToken cancellationToken)
    {
        var import = await context.SocialInsuranceImports.SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is null || import.Status == ImportStatus.Completed)
        {
            return; // deleted, or a second delivery of a finished job
        }

        import.Start(clock.GetUtcNow());
        await context.SaveChangesAsync(cancellationToken);

        await using var file = await files.OpenReadAsync(import.FileKey, cancellationToken);
        if (file is null)
        {
            await FailAsync(import, "上传的文件已丢失，请重新上传", cancellationToken);
            return;
        }

        var limits = options.Value;
        try
        {
            var rows = 0;
            foreach (var _ in PaymentExportFile.ReadRows(file, import.Format))
            {
                if (++rows > limits.MaxRows)
                {
                    await FailAsync(import, $"文件超过{limits.MaxRows}行，未导入任何数据，请按月份拆分后分别导入", cancellationToken);
                    return;
                }
            }

            foreach (var batch in PaymentExportFile.ReadRows(file, import.Format).Chunk(Math.Max(1, limits.BatchSize)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                await StoreAsync(import, batch, cancellationToken);
            }
        }
        catch (Exception exception) when (IsUnreadableContent(exception))
        {
            await FailAsync(import, "文件读取中断（内容损坏或编码无法识别），已导入的行保留，请检查文件后重新上传", cancellationToken);
            return;
        }

        import.Complete(clock.GetUtcNow());
        await context.SaveChangesAsync(cancellationToken);
        jobs.Enqueue<SocialInsuranceCheckJob>(job => job.CheckAfterImportAsync(importId, CancellationToken.None));
    }

    /// <summary>
    /// The file broke half-way (a damaged sheet, a byte sequence of no known encoding): no retry reads it better, so
    /// the import fails with a reason. Database and cancellation errors are not the file's: Hangfire retries them.
    /// </summary>
    private static bool IsUnreadableContent(Exception exception) =>
        exception is not (OperationCanceledException or DbUpdateException or System.Data.Common.DbException or TimeoutException or ObjectDisposedException)
        && (exception is InvalidDataException or DecoderFallbackException or System.Xml.XmlException or FormatException
            or InvalidOperationException or ArgumentException or IndexOutOfRangeException or InvalidCastException or NullReferenceException or KeyNotFoundException);

    private async Task StoreAsync(SocialInsuranceImport import, PaymentExportCells[] batch, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var accepted = new List<SocialInsuranceRecord>(batch.Length);
        var refusals = new List<ImportRefusal>();
        foreach (var row in batch)
        {
            var (record, refusal) = PaymentExportRow.Read(row.ResidentId, row.Name, row.Type, row.Month, row.Employer, import.Id, now);
            if (record is not null)
            {
                accepted.Add(record);
            }
            else
            {
                refusals.Add(new ImportRefusal(row.Row, refusal!));
            }
        }

        var added = await records.AddNewAsync(accepted, cancellationToken);
        import.Progress(batch.Length, accepted.Count, added, refusals);
        await context.SaveChangesAsync(cancellationToken);
    }

    private async Task FailAsync(SocialInsuranceImport import, string reason, CancellationToken cancellationToken)
    {
        import.Fail(reason, clock.GetUtcNow());
        await context.SaveChangesAsync(cancellationToken);
    }
}
