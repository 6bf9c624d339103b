namespace Enrollment.Modules.Review.Infrastructure;

/// <summary>Names this assembly for the architecture tests.</summary>
public static class AssemblyReference;
