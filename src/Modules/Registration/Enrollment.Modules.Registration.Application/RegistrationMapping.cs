using Mapster;

namespace Enrollment.Modules.Registration.Application;

/// <summary>
/// The module's one Mapster configuration (ADR 0019): every <see cref="IRegister"/> of this assembly adds
/// its maps, and a destination member without a source stops <see cref="TypeAdapterConfig.Compile()"/>,
/// so a field added to a read model cannot silently stay empty.
/// </summary>
internal static class RegistrationMapping
{
    public static TypeAdapterConfig Config { get; } = Build();

    private static TypeAdapterConfig Build()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Scan(typeof(RegistrationMapping).Assembly);
        config.Compile();
        return config;
    }
}
