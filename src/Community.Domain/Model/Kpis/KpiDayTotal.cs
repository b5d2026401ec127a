namespace Community.Domain.Model;

/// <summary>
/// What happened on one UTC day, counted as it was written by database triggers: members active that day, posts
/// published (by publication time), post views, comments written and reactions given. Each day is split into
/// <see cref="ShardCount"/> rows by member id so that concurrent writers seldom update the same row; a day's
/// figure is the sum of its rows. Later deletions and withdrawals are not subtracted here.
/// </summary>
public sealed class KpiDayTotal
{
    /// <summary>How many rows a day is split into (the triggers use <c>MemberId % 16</c>).</summary>
    public const int ShardCount = 16;

    private KpiDayTotal()
    {
    }

    public DateOnly Day { get; private set; }

    public int Shard { get; private set; }

    public long ActiveMembers { get; private set; }

    public long Posts { get; private set; }

    public long Views { get; private set; }

    public long Comments { get; private set; }

    public long Reactions { get; private set; }
}
