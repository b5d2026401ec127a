namespace Community.Domain.Model;

/// <summary>
/// One key of the key ring that protects stored secrets (webhook signing secrets), as the XML the
/// protection system writes. Kept in the database so that every node reads the same ring.
/// </summary>
public sealed class DataProtectionKey
{
    private DataProtectionKey()
    {
    }

    public DataProtectionKey(string friendlyName, string xml)
    {
        FriendlyName = friendlyName;
        Xml = xml;
    }

    public long Id { get; private set; }

    public string FriendlyName { get; private set; } = null!;

    public string Xml { get; private set; } = null!;
}
