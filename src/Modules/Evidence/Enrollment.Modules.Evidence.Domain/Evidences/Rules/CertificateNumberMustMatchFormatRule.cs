using Enrollment.BuildingBlocks.Domain;
using Enrollment.Modules.Evidence.Domain.Evidences.Certificates;

namespace Enrollment.Modules.Evidence.Domain.Evidences.Rules;

/// <summary>A certificate number must have its certificate's format (<see cref="CertificateNumbers"/>).</summary>
public sealed class CertificateNumberMustMatchFormatRule(CertificateFormat format, string? number, string fieldName) : IBusinessRule
{
    private readonly string? _problem = CertificateNumbers.Check(format, number);

    public bool IsBroken() => _problem is not null;

    public string Code => "evidence.certificate-number.invalid";

    public string Message => _problem ?? string.Empty;

    public string? Field => fieldName;
}
