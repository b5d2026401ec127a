namespace Community.Domain.Model;

/// <summary>A reply to a post, or to another comment of the same post (threads).</summary>
public sealed class Comment
{
    private Comment()
    {
    }

    internal Comment(long postId, long authorId, long? parentCommentId, string body, DateTime createdAt)
    {
        PostId = postId;
        AuthorId = authorId;
        ParentCommentId = parentCommentId;
        Body = PostBody.Validate(body);
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }

    public long PostId { get; private set; }

    public long AuthorId { get; private set; }

    public long? ParentCommentId { get; private set; }

    public string Body { get; private set; } = null!;

    public DateTime CreatedAt { get; private set; }

    public DateTime? EditedAt { get; private set; }

    public DateTime? DeletedAt { get; private set; }

    public Post Post { get; private set; } = null!;

    public Member Author { get; private set; } = null!;

    public Comment? ParentComment { get; private set; }

    internal void Edit(string body, DateTime now)
    {
        Body = PostBody.Validate(body);
        EditedAt = now;
    }

    internal void Delete(DateTime now) => DeletedAt ??= now;
}
