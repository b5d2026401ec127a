namespace Community.Domain.Model;

/// <summary>One time a member saw a post; views and unique viewers are counted from these rows.</summary>
public sealed class PostView
{
    private PostView()
    {
    }

    internal PostView(long postId, long memberId, DateTime viewedAt)
    {
        PostId = postId;
        MemberId = memberId;
        ViewedAt = viewedAt;
    }

    public long Id { get; private set; }

    public long PostId { get; private set; }

    public long MemberId { get; private set; }

    public DateTime ViewedAt { get; private set; }
}
