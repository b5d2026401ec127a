namespace Community.Domain.Model;

/// <summary>Links a post to one of its topics.</summary>
public sealed class PostTopic
{
    private PostTopic()
    {
    }

    internal PostTopic(Post post, Topic topic)
    {
        Post = post;
        Topic = topic;
    }

    public long PostId { get; private set; }

    public long TopicId { get; private set; }

    public Post Post { get; private set; } = null!;

    public Topic Topic { get; private set; } = null!;
}
