using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Evidence.Application.Abstractions;
using Microsoft.Extensions.Options;

namespace Enrollment.Modules.Evidence.Infrastructure.Files;

/// <summary>
/// The file-store port on a local folder: folders 0700 and files 0600 on Unix (only the service account reads
/// the photos), written to a temporary name and moved into place so a reader never sees half a file.
/// </summary>
internal sealed class LocalFolderEvidenceFileStore(IOptions<EvidenceFilesOptions> options) : IEvidenceFileStore
{
    private readonly string _root = Path.GetFullPath(options.Value.Root);

    public Task SaveAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        WriteAsync(key, (stream, ct) => stream.WriteAsync(content, ct).AsTask(), cancellationToken);

    public Task SaveAsync(string key, Stream content, CancellationToken cancellationToken) =>
        WriteAsync(key, (stream, ct) => content.CopyToAsync(stream, ct), cancellationToken);

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan)
            : null);
    }

    private async Task WriteAsync(string key, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        PrivateFiles.CreateFolder(_root);
        PrivateFiles.CreateFolder(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        var streamOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            streamOptions.UnixCreateMode = PrivateFiles.FileMode;
        }

        await using (var stream = new FileStream(temporary, streamOptions))
        {
            await write(stream, cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public async Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        File.Delete(path); // no error when missing
        var folder = Path.GetDirectoryName(path)!;
        if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }

        return Task.CompletedTask;
    }

    /// <summary>The key's path inside the root; a key that would leave it (.., absolute) is a programming error.</summary>
    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(_root, key));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"File key '{key}' leaves the evidence file store.");
        }

        return path;
    }
}
