using Enrollment.Modules.Evidence.Application.Abstractions;
using Enrollment.Modules.Evidence.Application.SocialInsurance.GetImport;
using Enrollment.Modules.Evidence.Domain.SocialInsurance;
using Mediator;

namespace Enrollment.Modules.Evidence.Application.SocialInsurance.StartImport;

/// <summary>
/// Records an upload of the payment export, already inspected and kept in the file store under
/// <paramref name="FileKey"/>. The same content (SHA-256) uploaded before answers that import instead of a new one.
/// </summary>
public sealed record StartSocialInsuranceImportCommand(Guid ImportId, string FileName, string ContentHash, long Length, string Format, string FileKey)
    : ICommand<StartedSocialInsuranceImport>;

/// <param name="IsNew">False when the same file was uploaded before: <paramref name="Import"/> is that import.</param>
/// <param name="NeedsRun">Whether the caller should (re)start the job: a new import, or an earlier one that failed or whose job never came.</param>
public sealed record StartedSocialInsuranceImport(SocialInsuranceImportDto Import, bool IsNew, bool NeedsRun);

internal sealed class StartSocialInsuranceImportCommandHandler(ISocialInsuranceImportRepository imports, TimeProvider clock)
    : ICommandHandler<StartSocialInsuranceImportCommand, StartedSocialInsuranceImport>
{
    public async ValueTask<StartedSocialInsuranceImport> Handle(StartSocialInsuranceImportCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await imports.GetByContentHashAsync(command.ContentHash, cancellationToken) is { } earlier)
        {
            return new StartedSocialInsuranceImport(SocialInsuranceImportDto.From(earlier), IsNew: false, earlier.NeedsRunAgain(clock.GetUtcNow()));
        }

        var import = SocialInsuranceImport.Queue(command.ImportId, command.FileName, command.ContentHash, command.Length, command.Format, command.FileKey, clock.GetUtcNow());
        imports.Add(import);
        return new StartedSocialInsuranceImport(SocialInsuranceImportDto.From(import), IsNew: true, NeedsRun: true);
    }
}
