namespace Enrollment.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// The files that hold children's personal data on this machine — the SQLite database and its WAL, the
/// job store, uploaded certificate photos — are readable by the service account only (0600 in 0700
/// folders), whatever the umask of the shell that started the host. Other local users of a county's
/// server must not be able to copy the database. No-ops on Windows, where ACLs of the folder apply.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode GroupOrOther =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>SQLite's companions of a database file; SQLite creates them with the database file's mode.</summary>
    private static readonly string[] SqliteCompanions = ["-wal", "-shm", "-journal"];

    /// <summary>Creates the folder (and missing parents) owner-only; an existing folder is left as the operator made it.</summary>
    public static void CreateFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, FolderMode);
        }
    }

    /// <summary>
    /// A SQLite file that is about to be opened: its folder created owner-only, the file created empty with
    /// 0600 (SQLite then takes it as a new database and gives its WAL the same mode), and an existing file
    /// or companion that others could read tightened — databases made by earlier versions included.
    /// </summary>
    public static void PrepareSqliteFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        CreateFolder(Path.GetDirectoryName(full)!);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (!File.Exists(full))
        {
            try
            {
                using var created = new FileStream(full, new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileMode });
            }
            catch (IOException) when (File.Exists(full))
            {
                // Another instance or the job store created it a moment ago; it is tightened below.
            }
        }

        foreach (var file in SqliteCompanions.Select(suffix => full + suffix).Prepend(full).Where(File.Exists))
        {
            if ((File.GetUnixFileMode(file) & GroupOrOther) != 0)
            {
                File.SetUnixFileMode(file, FileMode);
            }
        }
    }
}
