namespace Community.Domain.Model;

/// <summary>
/// A member's reaction to a post (<see cref="CommentId"/> null) or to one of its comments.
/// Unique per member and subject; reacting again changes the kind.
/// </summary>
public sealed class Reaction
{
    private Reaction()
    {
    }

    internal Reaction(long postId, long? commentId, long memberId, ReactionKind kind, DateTime createdAt)
    {
        PostId = postId;
        CommentId = commentId;
        MemberId = memberId;
        Kind = kind;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }

    public long PostId { get; private set; }

    public long? CommentId { get; private set; }

    public long MemberId { get; private set; }

    public ReactionKind Kind { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public Member Member { get; private set; } = null!;

    internal void ChangeKind(ReactionKind kind, DateTime now)
    {
        Kind = kind;
        CreatedAt = now;
    }
}
