namespace Enrollment.BuildingBlocks.Domain;

/// <summary>
/// Raised when a resource does not exist or does not belong to the caller; both answer 404 so that
/// nobody can learn that another family's application exists.
/// </summary>
public sealed class NotFoundException(string resource, object key)
    : Exception($"{resource} '{key}' was not found.")
{
    public string Resource { get; } = resource;
}
