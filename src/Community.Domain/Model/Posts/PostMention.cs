namespace Community.Domain.Model;

/// <summary>A member named with <c>@handle</c> in a post's body.</summary>
public sealed class PostMention
{
    private PostMention()
    {
    }

    internal PostMention(long postId, long memberId)
    {
        PostId = postId;
        MemberId = memberId;
    }

    public long PostId { get; private set; }

    public long MemberId { get; private set; }

    public Member Member { get; private set; } = null!;
}
