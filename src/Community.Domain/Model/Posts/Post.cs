using Community.Domain.Errors;

namespace Community.Domain.Model;

/// <summary>
/// A post in a group or in the company-wide feed (no group). It becomes visible at
/// <see cref="PublishedAt"/>, which may lie in the future for scheduled posts.
/// </summary>
public sealed class Post
{
    public const int TitleMaxLength = 200;

    private readonly List<PostMention> _mentions = [];
    private readonly List<PostTopic> _topics = [];
    private readonly List<PostAttachment> _attachments = [];
    private readonly List<AnnouncementAudienceGroup> _audienceGroups = [];
    private readonly List<AnnouncementAudienceDepartment> _audienceDepartments = [];

    private Post()
    {
    }

    internal Post(long? groupId, long authorId, PostKind kind, string? title, string body, DateTime createdAt, DateTime publishedAt)
    {
        GroupId = groupId;
        AuthorId = authorId;
        Kind = kind;
        Title = NormalizeTitle(title);
        Body = PostBody.Validate(body);
        CreatedAt = createdAt;
        PublishedAt = publishedAt < createdAt ? createdAt : publishedAt;
    }

    public long Id { get; private set; }

    public long? GroupId { get; private set; }

    public long AuthorId { get; private set; }

    public PostKind Kind { get; private set; }

    public string? Title { get; private set; }

    /// <summary>Markdown source; rendered with <see cref="Community.Domain.Text.MarkdownRenderer"/>.</summary>
    public string Body { get; private set; } = null!;

    public DateTime CreatedAt { get; private set; }

    public DateTime PublishedAt { get; private set; }

    public DateTime? EditedAt { get; private set; }

    public bool IsPinned { get; private set; }

    public DateTime? PinnedAt { get; private set; }

    public DateTime? DeletedAt { get; private set; }

    /// <summary>
    /// When <see cref="OutboxEventType.PostCreated"/> was recorded for the post: at creation for a post
    /// published at once, when it comes due for a scheduled one; null until then.
    /// </summary>
    public DateTime? AnnouncedAt { get; private set; }
    /// <summary>Whether the announcement asks the members of its audience to acknowledge it; false on other kinds.</summary>
    public bool RequiresAcknowledgement { get; private set; }

    public Group? Group { get; private set; }

    public Member Author { get; private set; } = null!;

    public IReadOnlyCollection<PostMention> Mentions => _mentions;

    public IReadOnlyCollection<PostTopic> Topics => _topics;

    public IReadOnlyCollection<PostAttachment> Attachments => _attachments;

    /// <summary>The groups an announcement is addressed to; with <see cref="AudienceDepartments"/> empty too, it is addressed to everyone.</summary>
    public IReadOnlyCollection<AnnouncementAudienceGroup> AudienceGroups => _audienceGroups;

    /// <summary>The departments an announcement is addressed to.</summary>
    public IReadOnlyCollection<AnnouncementAudienceDepartment> AudienceDepartments => _audienceDepartments;

    public bool IsPublishedAt(DateTime now) => PublishedAt <= now && DeletedAt is null;

    internal void Edit(string? title, string body, DateTime now)
    {
        Title = NormalizeTitle(title);
        Body = PostBody.Validate(body);
        EditedAt = now;
    }

    /// <summary>Moves a scheduled post to another time; a time already past publishes it now.</summary>
    internal void Reschedule(DateTime publishAt, DateTime now)
    {
        Guard.Against(IsPublishedAt(now), DomainErrors.InvalidInput(nameof(PublishedAt), "the post is already published; only a scheduled post can be rescheduled."));
        PublishedAt = publishAt < now ? now : publishAt;
    }

    internal void Pin(DateTime now)
    {
        IsPinned = true;
        PinnedAt = now;
    }

    internal void Unpin()
    {
        IsPinned = false;
        PinnedAt = null;
    }

    /// <summary>Addresses an announcement to groups and departments (none: everyone) and sets whether it asks for
    /// acknowledgement. Rows already there stay, so a re-addressed announcement keeps its tracked rows.</summary>
    internal void Address(IReadOnlyCollection<long> groupIds, IReadOnlyCollection<string> departments, bool requiresAcknowledgement)
    {
        Guard.Against(Kind != PostKind.Announcement && (groupIds.Count > 0 || departments.Count > 0 || requiresAcknowledgement),
            DomainErrors.InvalidInput("Audience", "only announcements have an audience or ask for acknowledgement; post an announcement."));
        _audienceGroups.RemoveAll(g => !groupIds.Contains(g.GroupId));
        _audienceGroups.AddRange(groupIds.Where(id => _audienceGroups.All(g => g.GroupId != id)).Select(id => new AnnouncementAudienceGroup(Id, id)));
        _audienceDepartments.RemoveAll(d => !departments.Contains(d.Department));
        _audienceDepartments.AddRange(departments.Where(name => _audienceDepartments.All(d => d.Department != name))
            .Select(name => new AnnouncementAudienceDepartment(Id, name)));
        RequiresAcknowledgement = requiresAcknowledgement;
    }

    internal void Delete(DateTime now) => DeletedAt ??= now;

    /// <summary>Published at creation, not scheduled: the constructor moves an earlier time up to the creation time.</summary>
    internal bool IsPublishedOnCreation => PublishedAt <= CreatedAt;

    internal void MarkAnnounced(DateTime at) => AnnouncedAt ??= at;

    internal void ReplaceMentions(IEnumerable<long> memberIds)
    {
        _mentions.Clear();
        _mentions.AddRange(memberIds.Distinct().Select(id => new PostMention(Id, id)));
    }

    internal void ReplaceTopics(IEnumerable<Topic> topics)
    {
        _topics.Clear();
        _topics.AddRange(topics.DistinctBy(t => t.Name).Select(t => new PostTopic(this, t)));
    }

    internal void AddAttachment(PostAttachment attachment)
    {
        Guard.Against(_attachments.Count >= PostAttachment.MaxPerPost, DomainErrors.InvalidInput(
            "Attachments", $"at most {PostAttachment.MaxPerPost} attachments per post."));
        _attachments.Add(attachment);
    }

    private static string? NormalizeTitle(string? title)
    {
        var text = Guard.Text(title, nameof(Title), TitleMaxLength, required: false);
        return text.Length == 0 ? null : text;
    }
}
