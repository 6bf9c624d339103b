namespace Enrollment.Modules.Evidence.Application.Abstractions;

/// <summary>
/// Where certificate photos are kept. A local folder by default (<c>Evidence:Files:Root</c>); a store shared by
/// several instances (object storage, a network share) implements the same port in production.
/// Keys are relative paths made by the module (<c>{applicationId}/{attachmentId}.jpg</c>), never user input.
/// </summary>
public interface IEvidenceFileStore
{
    Task SaveAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The file's bytes; null when there is none.</summary>
    Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes the file; nothing happens when there is none (so a retried deletion passes).</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Stores a large file from a stream (the payment exports), never holding it whole.</summary>
    Task SaveAsync(string key, Stream content, CancellationToken cancellationToken);

    /// <summary>The file to read from the start, seekable; null when there is none.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);
}
