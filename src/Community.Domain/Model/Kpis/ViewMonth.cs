namespace Community.Domain.Model;

/// <summary>
/// A calendar month (UTC, as its first day) in which a member viewed at least one post, written by a database
/// trigger with each view: what a year's distinct viewers read.
/// </summary>
public sealed class ViewMonth
{
    private ViewMonth()
    {
    }

    public long MemberId { get; private set; }

    public DateOnly Month { get; private set; }
}
