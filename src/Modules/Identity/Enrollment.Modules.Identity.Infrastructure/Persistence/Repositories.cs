using Enrollment.BuildingBlocks.Infrastructure.Persistence;
using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.Modules.Identity.Application.Abstractions;
using Enrollment.Modules.Identity.Domain.Agreements;
using Enrollment.Modules.Identity.Domain.Clients;
using Enrollment.Modules.Identity.Domain.Parents;
using Enrollment.Modules.Identity.Domain.Phones;
using Enrollment.Modules.Identity.Domain.Staff;
using Enrollment.Modules.Identity.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Enrollment.Modules.Identity.Infrastructure.Persistence;

internal sealed class ParentAccountRepository(IdentityDbContext context) : IParentAccountRepository
{
    public Task<ParentAccount?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.ParentAccounts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task<ParentAccount?> FindAsync(string openId, string? unionId, CancellationToken cancellationToken) =>
        (unionId is null ? null : await context.ParentAccounts.FirstOrDefaultAsync(a => a.UnionId == unionId, cancellationToken))
        ?? await context.ParentAccounts.SingleOrDefaultAsync(a => a.OpenId == openId, cancellationToken);

    public void Add(ParentAccount account) => context.ParentAccounts.Add(account);
}

internal sealed class AgreementRepository(IdentityDbContext context) : IAgreementRepository
{
    public Task<Agreement?> GetCurrentAsync(CancellationToken cancellationToken) =>
        context.Agreements.OrderByDescending(a => a.Version).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Agreement>> ListAsync(CancellationToken cancellationToken) =>
        await context.Agreements.OrderByDescending(a => a.Version).ToListAsync(cancellationToken);

    public Task<AgreementShown?> GetShownAsync(Guid accountId, int version, CancellationToken cancellationToken) =>
        context.AgreementsShown.SingleOrDefaultAsync(s => s.AccountId == accountId && s.Version == version, cancellationToken);

    public Task<AgreementConsent?> GetConsentAsync(Guid accountId, int version, CancellationToken cancellationToken) =>
        context.AgreementConsents.SingleOrDefaultAsync(s => s.AccountId == accountId && s.Version == version, cancellationToken);

    // One round trip: the newest version is a subquery, so a version published meanwhile is never missed. Every write
    // of a parent asks it, so it is translated once per model instead of looked up in EF's query cache (ADR-0048).
    private static readonly ModelCompiledQuery<IdentityDbContext, Guid, bool> AcceptedCurrent = new(
        (db, accountId, _) => db.AgreementConsents.Any(c => c.AccountId == accountId && c.Version == db.Agreements.Max(a => (int?)a.Version)));

    public Task<bool> HasAcceptedCurrentAsync(Guid accountId, CancellationToken cancellationToken) =>
        AcceptedCurrent.RunAsync(context, accountId, cancellationToken);

    public void Add(Agreement agreement) => context.Agreements.Add(agreement);

    public void Add(AgreementShown shown) => context.AgreementsShown.Add(shown);

    public void Add(AgreementConsent consent) => context.AgreementConsents.Add(consent);
}

/// <summary>Phones are encrypted: every lookup by phone compares its blind index (ADR-0029).</summary>
internal sealed class PhoneVerificationRepository(IdentityDbContext context) : IPhoneVerificationRepository
{
    public async Task<RecentCodes> SentSinceAsync(Guid accountId, string phone, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var index = IndexOf(phone);
        return new(
            await context.PhoneVerifications.Where(v => EF.Property<string>(v, PhoneVerificationConfiguration.PhoneIndex) == index && v.SentAt > since).ToListAsync(cancellationToken),
            await context.PhoneVerifications.Where(v => v.AccountId == accountId && v.SentAt > since).ToListAsync(cancellationToken));
    }

    public Task<PhoneVerification?> GetLatestAsync(Guid accountId, string phone, CancellationToken cancellationToken)
    {
        var index = IndexOf(phone);
        return context.PhoneVerifications
            .Where(v => v.AccountId == accountId && EF.Property<string>(v, PhoneVerificationConfiguration.PhoneIndex) == index)
            .OrderByDescending(v => v.SentAt)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public void Add(PhoneVerification verification) => context.PhoneVerifications.Add(verification);

    private string IndexOf(string phone) => context.PersonalData.BlindIndex(BlindIndexPurposes.Phone, phone);
}

internal sealed class StaffRepository(IdentityDbContext context) : IStaffRepository
{
    public Task<StaffUser?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.StaffUsers.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);

    public Task<StaffUser?> FindByUserNameAsync(string userName, CancellationToken cancellationToken) =>
        context.StaffUsers.SingleOrDefaultAsync(u => u.UserName == userName, cancellationToken);

    public async Task<IReadOnlyList<StaffUser>> ListAsync(CancellationToken cancellationToken) =>
        await context.StaffUsers.OrderBy(u => u.UserName).ToListAsync(cancellationToken);

    public void Add(StaffUser user) => context.StaffUsers.Add(user);

    public void Remove(StaffUser user) => context.StaffUsers.Remove(user);
}

internal sealed class IntegratorClientRepository(IdentityDbContext context) : IIntegratorClientRepository
{
    public Task<IntegratorClient?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        context.IntegratorClients.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<IntegratorClient?> FindByClientIdAsync(string clientId, CancellationToken cancellationToken) =>
        context.IntegratorClients.SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);

    public async Task<IReadOnlyList<IntegratorClient>> ListAsync(CancellationToken cancellationToken) =>
        await context.IntegratorClients.OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);

    public void Add(IntegratorClient client) => context.IntegratorClients.Add(client);
}
