namespace Enrollment.BuildingBlocks.Infrastructure.Spreadsheets;

/// <summary>An uploaded table refused, with a message for the person who uploaded it (Chinese, names what to fix).</summary>
public sealed class TabularFileException : Exception
{
    public TabularFileException()
    {
    }

    public TabularFileException(string message)
        : base(message)
    {
    }

    public TabularFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
