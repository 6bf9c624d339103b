using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.Modules.Identity.Domain.Agreements;
using Enrollment.Modules.Identity.Domain.Clients;
using Enrollment.Modules.Identity.Domain.Parents;
using Enrollment.Modules.Identity.Domain.Phones;
using Enrollment.Modules.Identity.Domain.Staff;
using Enrollment.Modules.Identity.Infrastructure.WeChat;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Enrollment.Modules.Identity.Infrastructure.Persistence.Configurations;

/// <param name="protector">Encrypts the bound phone (ADR-0029).</param>
internal sealed class ParentAccountConfiguration(PersonalDataProtector protector) : IEntityTypeConfiguration<ParentAccount>
{
    public void Configure(EntityTypeBuilder<ParentAccount> builder)
    {
        builder.ToTable("ParentAccounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.OpenId).HasMaxLength(64).IsRequired();
        builder.Property(a => a.UnionId).HasMaxLength(64);
        builder.Property(a => a.Name).HasMaxLength(30);
        builder.Property(a => a.Relationship).HasMaxLength(10);
        builder.Property(a => a.Phone).IsEncryptedText(protector);
        builder.HasIndex(a => a.OpenId).IsUnique();
        builder.HasIndex(a => a.UnionId);
        builder.Ignore(a => a.DomainEvents);
    }
}

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.ToTable("Agreements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => a.Version).IsUnique();
        builder.Property(a => a.Title).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Text).IsRequired();
        builder.Property(a => a.PublishedBy).HasMaxLength(64);
        builder.Ignore(a => a.DomainEvents);
    }
}

internal sealed class AgreementShownConfiguration : IEntityTypeConfiguration<AgreementShown>
{
    public void Configure(EntityTypeBuilder<AgreementShown> builder)
    {
        builder.ToTable("AgreementsShown");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.AccountId, a.Version }).IsUnique();
    }
}

internal sealed class AgreementConsentConfiguration : IEntityTypeConfiguration<AgreementConsent>
{
    public void Configure(EntityTypeBuilder<AgreementConsent> builder)
    {
        builder.ToTable("AgreementConsents");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ClientHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(a => new { a.AccountId, a.Version }).IsUnique();
    }
}

/// <param name="protector">Encrypts the phone; the lookups by phone go through its blind index (ADR-0029).</param>
internal sealed class PhoneVerificationConfiguration(PersonalDataProtector protector) : IEntityTypeConfiguration<PhoneVerification>
{
    public const string PhoneIndex = "PhoneIndex";

    public void Configure(EntityTypeBuilder<PhoneVerification> builder)
    {
        builder.ToTable("PhoneVerifications");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Phone).IsEncryptedText(protector).IsRequired();
        builder.Property<string?>(PhoneIndex).IsBlindIndexOf(nameof(PhoneVerification.Phone), BlindIndexPurposes.Phone);
        builder.Property(v => v.CodeHash).HasMaxLength(64).IsRequired();
        builder.Property(v => v.WrongTries).IsConcurrencyToken();
        builder.Ignore(v => v.IsClosed);
        builder.HasIndex(PhoneIndex, nameof(PhoneVerification.SentAt));
        builder.HasIndex(v => new { v.AccountId, v.SentAt });
    }
}

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.ToTable("StaffUsers");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.UserName).HasMaxLength(32).IsRequired();
        builder.HasIndex(u => u.UserName).IsUnique();
        builder.Property(u => u.DisplayName).HasMaxLength(30).IsRequired();
        builder.Property(u => u.PasswordHash).HasMaxLength(200).IsRequired();
        builder.Property(u => u.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.SecurityStamp).HasMaxLength(32).IsRequired();

        // Concurrent failed sign-ins must each count (one loses with 412 instead of being lost).
        builder.Property(u => u.FailedSignIns).IsConcurrencyToken();
        builder.Property(u => u.SchoolIds)
            .HasConversion(
                ids => string.Join(',', ids),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToArray(),
                new ValueComparer<IReadOnlyList<Guid>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, g) => HashCode.Combine(h, g)), v => v.ToArray()))
            .HasMaxLength(4000);
        builder.Ignore(u => u.DomainEvents);
    }
}

internal sealed class IntegratorClientConfiguration : IEntityTypeConfiguration<IntegratorClient>
{
    public void Configure(EntityTypeBuilder<IntegratorClient> builder)
    {
        builder.ToTable("IntegratorClients");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ClientId).HasMaxLength(40).IsRequired();
        builder.HasIndex(c => c.ClientId).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(100).IsRequired();
        builder.Property(c => c.SecretHash).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Scopes)
            .HasConversion(
                s => string.Join(' ', s),
                text => text.Split(' ', StringSplitOptions.RemoveEmptyEntries),
                new ValueComparer<IReadOnlyList<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s)), v => v.ToArray()))
            .HasMaxLength(500);
        builder.Ignore(c => c.IsRevoked);
        builder.Ignore(c => c.DomainEvents);
    }
}

internal sealed class WeChatCredentialConfiguration : IEntityTypeConfiguration<WeChatCredential>
{
    public void Configure(EntityTypeBuilder<WeChatCredential> builder)
    {
        builder.ToTable("WeChatCredentials");
        builder.HasKey(c => c.Name);
        builder.Property(c => c.Name).HasMaxLength(64);
        builder.Property(c => c.Value).HasMaxLength(1000);
        builder.Property(c => c.LeaseOwner).HasMaxLength(64);
    }
}

/// <param name="protector">A <c>phone:</c> key keeps only the phone's blind index (ADR-0029).</param>
internal sealed class SmsSendSlotConfiguration(PersonalDataProtector protector) : IEntityTypeConfiguration<SmsSendSlot>
{
    public void Configure(EntityTypeBuilder<SmsSendSlot> builder)
    {
        builder.ToTable("SmsSendSlots");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasConversion(new ValueConverter<string, string>(
            key => key.StartsWith("phone:") ? "phone:" + protector.BlindIndex(BlindIndexPurposes.Phone, key.Substring(6)) : key,
            stored => stored)).HasMaxLength(64);
    }
}
