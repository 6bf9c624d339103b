using Enrollment.BuildingBlocks.Domain;

namespace Enrollment.Modules.Evidence.Domain.Evidences.Rules;

/// <summary>Outside the season's dates the pages can be read, not changed.</summary>
public sealed class SeasonMustBeOpenRule(bool open, string seasonName) : IBusinessRule
{
    public bool IsBroken() => !open;

    public string Code => "season.closed";

    public string Message => $"{seasonName}已结束";
}
