namespace Community.Domain.Model;

/// <summary>
/// How many comments and reactions a member wrote and gave on a group's posts on one UTC day, as written (database
/// triggers keep it): what the active-groups figure reads instead of every comment and reaction of a period.
/// </summary>
public sealed class GroupParticipationDay
{
    private GroupParticipationDay()
    {
    }

    public long GroupId { get; private set; }

    public long MemberId { get; private set; }

    public DateOnly Day { get; private set; }

    public long Contributions { get; private set; }
}
