using Enrollment.BuildingBlocks.Domain;
using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.Modules.Identity.Domain.Agreements;
using Enrollment.Modules.Identity.Domain.Clients;
using Enrollment.Modules.Identity.Domain.Parents;
using Enrollment.Modules.Identity.Domain.Phones;
using Enrollment.Modules.Identity.Domain.Staff;
using Enrollment.Modules.Identity.Infrastructure.WeChat;
using Microsoft.EntityFrameworkCore;
using Enrollment.Modules.Identity.Domain.Staff.Rules;

namespace Enrollment.Modules.Identity.Infrastructure.Persistence;

/// <summary>The Identity module's own database: schema <c>identity</c>.</summary>
internal abstract class IdentityDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "identity";

    public override string Schema => SchemaName;

    public DbSet<ParentAccount> ParentAccounts => Set<ParentAccount>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<AgreementShown> AgreementsShown => Set<AgreementShown>();

    public DbSet<AgreementConsent> AgreementConsents => Set<AgreementConsent>();

    public DbSet<PhoneVerification> PhoneVerifications => Set<PhoneVerification>();

    public DbSet<StaffUser> StaffUsers => Set<StaffUser>();

    public DbSet<IntegratorClient> IntegratorClients => Set<IntegratorClient>();

    public DbSet<WeChatCredential> WeChatCredentials => Set<WeChatCredential>();

    public DbSet<SmsSendSlot> SmsSendSlots => Set<SmsSendSlot>();

    public DbSet<Security.DataProtection.DataProtectionKeyRecord> DataProtectionKeys => Set<Security.DataProtection.DataProtectionKeyRecord>();

    public override DomainError? TranslateUniqueViolation(string constraintOrMessage) =>
        constraintOrMessage.Contains("UserName", StringComparison.Ordinal) ? DomainError.Of(new StaffUserNameMustBeUniqueRule(taken: true))
        : constraintOrMessage.Contains("ParentAccounts", StringComparison.Ordinal) ? ConcurrentRequest("wechat.sign-in.concurrent", "正在登录，请稍候刷新页面")
        : constraintOrMessage.Contains("AgreementsShown", StringComparison.Ordinal) || constraintOrMessage.Contains("AgreementConsents", StringComparison.Ordinal)
            ? ConcurrentRequest("agreement.concurrent", "请刷新页面后重试")
        : null;

    /// <summary>Two requests of one user raced to create the same row (a double tap, a refresh).</summary>
    private static DomainError ConcurrentRequest(string code, string message) => new(code, message, Kind: RuleKind.Conflict);

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        // Listed rather than scanned: EF Core warns at every start about each configuration it finds and cannot make,
        // and the three with phones take the host's protector (ADR-0029).
        modelBuilder.ApplyConfiguration(new Configurations.AgreementConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.AgreementShownConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.AgreementConsentConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.StaffUserConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.IntegratorClientConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.WeChatCredentialConfiguration());
        modelBuilder.ApplyConfiguration(new Configurations.ParentAccountConfiguration(PersonalData));
        modelBuilder.ApplyConfiguration(new Configurations.PhoneVerificationConfiguration(PersonalData));
        modelBuilder.ApplyConfiguration(new Configurations.SmsSendSlotConfiguration(PersonalData));
        modelBuilder.ApplyConfiguration(new Security.DataProtection.DataProtectionKeyRecordConfiguration());
    }
}
