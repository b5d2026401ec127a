namespace Community.Domain.Model;

/// <summary>
/// One recorded action. The log is append-only: the context refuses to update or delete entries,
/// and on SQLite a trigger refuses it too.
/// </summary>
public sealed class ActivityEntry
{
    private ActivityEntry()
    {
    }

    internal ActivityEntry(long memberId, ActivityKind kind, DateTime occurredAt, long? groupId, long? postId, long? subjectId)
    {
        MemberId = memberId;
        Kind = kind;
        OccurredAt = occurredAt;
        GroupId = groupId;
        PostId = postId;
        SubjectId = subjectId;
    }

    public long Id { get; private set; }

    public long MemberId { get; private set; }

    public ActivityKind Kind { get; private set; }

    /// <summary>When the action takes effect; for a scheduled post, its publication time.</summary>
    public DateTime OccurredAt { get; private set; }

    public long? GroupId { get; private set; }

    public long? PostId { get; private set; }

    /// <summary>The comment, reaction, event, poll, survey or member the action was about.</summary>
    public long? SubjectId { get; private set; }
}
