using Enrollment.Modules.Identity.Application.WeChat;
using Enrollment.Modules.Identity.Domain.Parents;
using Enrollment.BuildingBlocks.Domain.PersonalData;

namespace Enrollment.Modules.Identity.Application.Parents.UpdateMe;

public sealed record UpdateMeCommand(Guid AccountId, string? Name, string? Relationship) : ICommand<MeDto>;

internal sealed class UpdateMeCommandValidator : AbstractValidator<UpdateMeCommand>
{
    public UpdateMeCommandValidator()
    {
        RuleFor(c => c.Name).MaximumLength(30).WithMessage("姓名不能超过30个字");
        RuleFor(c => c.Relationship).MaximumLength(10).WithMessage("与学生关系不能超过10个字");
    }
}

internal sealed class UpdateMeCommandHandler(IParentAccountRepository accounts, IAgreementRepository agreements) : ICommandHandler<UpdateMeCommand, MeDto>
{
    public async ValueTask<MeDto> Handle(UpdateMeCommand command, CancellationToken cancellationToken)
    {
        var account = await accounts.GetAsync(command.AccountId, cancellationToken) ?? throw new NotFoundException("account", command.AccountId);
        account.UpdateProfile(command.Name, command.Relationship);
        return await account.ToDtoAsync(agreements, cancellationToken);
    }
}
