namespace Community.Domain.Model;

/// <summary>
/// A calendar month (UTC, as its first day) in which a member had at least one activity entry: a roll-up of
/// <see cref="ActivityDay"/> that a database trigger writes, so a year's distinct active members read about twelve
/// rows per member instead of a seek into every day.
/// </summary>
public sealed class ActivityMonth
{
    private ActivityMonth()
    {
    }

    public long MemberId { get; private set; }

    public DateOnly Month { get; private set; }
}
