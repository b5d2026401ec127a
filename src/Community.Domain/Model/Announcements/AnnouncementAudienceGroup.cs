namespace Community.Domain.Model;

/// <summary>A group an announcement is addressed to: its enabled members are in the announcement's audience.</summary>
public sealed class AnnouncementAudienceGroup
{
    private AnnouncementAudienceGroup()
    {
    }

    internal AnnouncementAudienceGroup(long postId, long groupId)
    {
        PostId = postId;
        GroupId = groupId;
    }

    public long PostId { get; private set; }

    public long GroupId { get; private set; }
}
