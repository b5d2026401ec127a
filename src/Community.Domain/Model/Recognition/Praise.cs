namespace Community.Domain.Model;

/// <summary>The recognition carried by a praise post: who gave it, to whom, with which badge.</summary>
public sealed class Praise
{
    private readonly List<PraiseRecipient> _recipients = [];

    private Praise()
    {
    }

    internal Praise(Post post, long giverId, long? badgeId, IEnumerable<long> recipientIds, DateTime createdAt)
    {
        Post = post;
        GiverId = giverId;
        BadgeId = badgeId;
        CreatedAt = createdAt;
        _recipients.AddRange(recipientIds.Distinct().Select(id => new PraiseRecipient(this, id)));
    }

    public long Id { get; private set; }

    public long PostId { get; private set; }

    public long GiverId { get; private set; }

    public long? BadgeId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public Post Post { get; private set; } = null!;

    public Badge? Badge { get; private set; }

    public IReadOnlyCollection<PraiseRecipient> Recipients => _recipients;
}
