using System.Xml.Linq;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Webhooks;

/// <summary>
/// Keeps the Data Protection key ring in the community database, so every node protects and reads
/// webhook secrets with the same keys.
/// </summary>
internal sealed class DatabaseXmlRepository(IDbContextFactory<CommunityDbContext> factory) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = factory.CreateDbContext();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = factory.CreateDbContext();
        db.DataProtectionKeys.Add(new DataProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting)));
        db.SaveChanges();
    }
}
