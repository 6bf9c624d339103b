using System.Xml.Linq;
using Enrollment.BuildingBlocks.Infrastructure.PersonalData;
using Enrollment.Modules.Identity.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enrollment.Modules.Identity.Infrastructure.Security.DataProtection;

/// <summary>
/// The Data Protection key ring in the Identity module's table, so that a cookie made by one instance is
/// read by every other one (ADR-0040). Each key's XML is encrypted with the personal-data key, so a
/// database backup alone cannot forge a session.
/// </summary>
internal sealed class DatabaseXmlRepository(IServiceScopeFactory scopes, PersonalDataProtector protector) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var elements = new List<XElement>();
        foreach (var key in context.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).AsEnumerable())
        {
            try
            {
                elements.Add(XElement.Parse(protector.Unprotect(key.Xml)));
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                // Written under a personal-data key this host no longer has: the key is lost to it (sessions made with it
                // end), and Data Protection makes a new one rather than failing every request.
            }
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var scope = scopes.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        context.DataProtectionKeys.Add(new DataProtectionKeyRecord
        {
            FriendlyName = friendlyName,
            Xml = protector.Protect(element.ToString(SaveOptions.DisableFormatting)),
        });
        context.SaveChanges();
    }
}
