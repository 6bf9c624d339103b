namespace Enrollment.Modules.Evidence.Infrastructure.Files;

/// <summary>Bound from <c>Evidence:Files</c>.</summary>
public sealed class EvidenceFilesOptions
{
    public const string SectionName = "Evidence:Files";

    /// <summary>Folder of the certificate photos; relative paths are relative to the working directory.</summary>
    public string Root { get; set; } = "data/local/evidence-files";
}
