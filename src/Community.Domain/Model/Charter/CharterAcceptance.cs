namespace Community.Domain.Model;

/// <summary>A member's acceptance of one charter version; at most one per member and version.</summary>
public sealed class CharterAcceptance
{
    private CharterAcceptance()
    {
    }

    internal CharterAcceptance(long memberId, int charterVersion, DateTime acceptedAt)
    {
        MemberId = memberId;
        CharterVersion = charterVersion;
        AcceptedAt = acceptedAt;
    }

    public long Id { get; private set; }

    public long MemberId { get; private set; }

    /// <summary>The <see cref="Charter.Version"/> the member accepted.</summary>
    public int CharterVersion { get; private set; }

    public DateTime AcceptedAt { get; private set; }
}
