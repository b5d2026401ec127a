namespace Community.Domain.Model;

/// <summary>
/// A UTC day on which a member had at least one activity entry: a roll-up of the activity log that a database
/// trigger writes with each entry, so "distinct members active in a period" reads one row per member-day.
/// </summary>
public sealed class ActivityDay
{
    private ActivityDay()
    {
    }

    public long MemberId { get; private set; }

    public DateOnly Day { get; private set; }
}
