using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.SocialInsurance;

public enum ImportStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}

/// <summary>A row of the file that was not imported: its spreadsheet row number (the header is row 1) and why.</summary>
public sealed record ImportRefusal(int Row, string Reason) : IValueObject;

/// <summary>
/// One upload of the bureau's payment export, identified by its content (SHA-256): the same file uploaded again is
/// the same import. Read by a background job that reports its progress here; a retried job starts the counts over
/// (the records it already stored are not stored twice).
/// </summary>
public sealed class SocialInsuranceImport : AggregateRoot<Guid>
{
    /// <summary>How many refusals are kept with their row and reason; the count goes on beyond.</summary>
    public const int ListedRefusals = 100;

    private readonly List<ImportRefusal> _refusals = [];

    private SocialInsuranceImport()
    {
    }

    public string FileName { get; private set; } = string.Empty;

    /// <summary>SHA-256 of the file, lower-case hex.</summary>
    public string ContentHash { get; private set; } = string.Empty;

    public long Length { get; private set; }

    /// <summary><c>csv</c> or <c>xlsx</c>.</summary>
    public string Format { get; private set; } = string.Empty;

    /// <summary>The key of the uploaded file in the module's file store.</summary>
    public string FileKey { get; private set; } = string.Empty;

    public ImportStatus Status { get; private set; }

    public int RowsRead { get; private set; }

    public int Accepted { get; private set; }

    /// <summary>Accepted rows that were not on record before (the rest repeat months already imported).</summary>
    public int NewRecords { get; private set; }

    public int Refused { get; private set; }

    /// <summary>The first <see cref="ListedRefusals"/> refusals, in row order.</summary>
    public IReadOnlyList<ImportRefusal> Refusals => _refusals.AsReadOnly();

    public string? Failure { get; private set; }

    public DateTimeOffset QueuedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public int Version { get; private set; }

    public static SocialInsuranceImport Queue(Guid id, string fileName, string contentHash, long length, string format, string fileKey, DateTimeOffset now) => new()
    {
        Id = id,
        FileName = fileName,
        ContentHash = contentHash,
        Length = length,
        Format = format,
        FileKey = fileKey,
        Status = ImportStatus.Queued,
        QueuedAt = now,
    };

    /// <summary>A job begins (or begins again after a failure): the counts start over.</summary>
    public void Start(DateTimeOffset now)
    {
        Status = ImportStatus.Running;
        StartedAt = now;
        FinishedAt = null;
        Failure = null;
        RowsRead = Accepted = NewRecords = Refused = 0;
        _refusals.Clear();
        Version++;
    }

    /// <summary>One batch read and stored.</summary>
    public void Progress(int rowsRead, int accepted, int newRecords, IEnumerable<ImportRefusal> refusals)
    {
        ArgumentNullException.ThrowIfNull(refusals);
        RowsRead += rowsRead;
        Accepted += accepted;
        NewRecords += newRecords;
        foreach (var refusal in refusals)
        {
            Refused++;
            if (_refusals.Count < ListedRefusals)
            {
                _refusals.Add(refusal);
            }
        }

        Version++;
    }

    public void Complete(DateTimeOffset now)
    {
        Status = ImportStatus.Completed;
        FinishedAt = now;
        Version++;
    }

    /// <summary>The file could not be read to its end (a cap passed, the store lost it); what was stored stays.</summary>
    public void Fail(string reason, DateTimeOffset now)
    {
        Status = ImportStatus.Failed;
        Failure = reason;
        FinishedAt = now;
        Version++;
    }

    /// <summary>How long a queued import may wait for its job before an upload of the same file queues it again.</summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Whether an upload of the same file should run the job again: it failed, or it has been queued for longer than
    /// <see cref="StuckAfter"/> (the process stopped between saving the import and queuing its job). Never while a job
    /// may still be at it.
    /// </summary>
    public bool NeedsRunAgain(DateTimeOffset now) => Status == ImportStatus.Failed || (Status == ImportStatus.Queued && now - QueuedAt > StuckAfter);
}
