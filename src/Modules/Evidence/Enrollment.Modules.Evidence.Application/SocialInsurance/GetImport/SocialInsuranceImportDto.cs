using Enrollment.Modules.Evidence.Domain.SocialInsurance;

namespace Enrollment.Modules.Evidence.Application.SocialInsurance.GetImport;

/// <summary>An import's progress as the admin reads it.</summary>
/// <param name="Status">`Queued`, `Running`, `Completed` or `Failed` (then <paramref name="Failure"/> says why).</param>
/// <param name="RowsRead">Data rows read so far (the header not counted).</param>
/// <param name="Accepted">Rows that passed the checks (new months and months already on record).</param>
/// <param name="NewRecords">Accepted rows that were not on record before.</param>
/// <param name="Refused">Rows refused; the first 100 are listed in <paramref name="Refusals"/> with their spreadsheet row (the header is row 1).</param>
/// <param name="ContentHash">SHA-256 of the file: the same file uploaded again is this same import.</param>
public sealed record SocialInsuranceImportDto(
    Guid Id,
    string FileName,
    string Format,
    long Length,
    string ContentHash,
    string Status,
    int RowsRead,
    int Accepted,
    int NewRecords,
    int Refused,
    IReadOnlyList<ImportRefusalDto> Refusals,
    string? Failure,
    DateTimeOffset QueuedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt)
{
    public static SocialInsuranceImportDto From(SocialInsuranceImport import)
    {
        ArgumentNullException.ThrowIfNull(import);
        return new(
            import.Id,
            import.FileName,
            import.Format,
            import.Length,
            import.ContentHash,
            import.Status.ToString(),
            import.RowsRead,
            import.Accepted,
            import.NewRecords,
            import.Refused,
            [.. import.Refusals.Select(r => new ImportRefusalDto(r.Row, r.Reason))],
            import.Failure,
            import.QueuedAt,
            import.StartedAt,
            import.FinishedAt);
    }
}

/// <param name="Row">The spreadsheet's row number (the header is row 1).</param>
public sealed record ImportRefusalDto(int Row, string Reason);
