namespace Community.Domain.Model;

/// <summary>A department an announcement is addressed to: members whose profile names it exactly are in the audience.</summary>
public sealed class AnnouncementAudienceDepartment
{
    private AnnouncementAudienceDepartment()
    {
    }

    internal AnnouncementAudienceDepartment(long postId, string department)
    {
        PostId = postId;
        Department = department;
    }

    public long PostId { get; private set; }

    /// <summary>As <see cref="Member.Department"/> spells it (the intranet's directory), compared exactly.</summary>
    public string Department { get; private set; } = null!;
}
