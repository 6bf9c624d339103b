using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enrollment.Modules.Identity.Infrastructure.Security.DataProtection;

/// <summary>
/// One key of ASP.NET Core Data Protection (which signs and encrypts the parent and staff cookies and the
/// OAuth state), stored in the database so every instance shares one key ring (ADR-0040). <see cref="Xml"/>
/// is the key's XML encrypted with the personal-data key (ADR-0029), never plain.
/// </summary>
internal sealed class DataProtectionKeyRecord
{
    public int Id { get; init; }

    public required string FriendlyName { get; init; }

    public required string Xml { get; init; }
}

internal sealed class DataProtectionKeyRecordConfiguration : IEntityTypeConfiguration<DataProtectionKeyRecord>
{
    public void Configure(EntityTypeBuilder<DataProtectionKeyRecord> builder)
    {
        builder.ToTable("DataProtectionKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedOnAdd();
        builder.Property(k => k.FriendlyName).HasMaxLength(200);
    }
}
