using Mapster;

namespace Enrollment.Modules.Identity.Application;

/// <summary>
/// The module's one Mapster configuration (ADR 0019): every <see cref="IRegister"/> of this assembly adds
/// its maps, and a destination member without a source stops <see cref="TypeAdapterConfig.Compile()"/>.
/// </summary>
internal static class IdentityMapping
{
    public static TypeAdapterConfig Config { get; } = Build();

    private static TypeAdapterConfig Build()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Scan(typeof(IdentityMapping).Assembly);
        config.Compile();
        return config;
    }
}
