namespace Community.Domain.Model;

/// <summary>A member recognised by a praise.</summary>
public sealed class PraiseRecipient
{
    private PraiseRecipient()
    {
    }

    internal PraiseRecipient(Praise praise, long memberId)
    {
        Praise = praise;
        MemberId = memberId;
    }

    public long PraiseId { get; private set; }

    public long MemberId { get; private set; }

    public Praise Praise { get; private set; } = null!;

    public Member Member { get; private set; } = null!;
}
