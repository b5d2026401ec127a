namespace Community.Domain.Model;

/// <summary>
/// A contribution counted in <see cref="GroupParticipationDay"/> that no longer stands: a comment deleted, or a
/// reaction withdrawn or replaced by another kind. A period ending after <see cref="LostAt"/> (at it too, for a
/// withdrawal, as a reaction stands only until then) takes it back. Database triggers write these rows.
/// </summary>
public sealed class GroupParticipationLoss
{
    private GroupParticipationLoss()
    {
    }

    public long Id { get; private set; }

    public long GroupId { get; private set; }

    public long MemberId { get; private set; }

    /// <summary>The UTC day the contribution was made.</summary>
    public DateOnly Day { get; private set; }

    public DateTime LostAt { get; private set; }

    /// <summary>A reaction withdrawn (true) or a comment deleted (false).</summary>
    public bool IsWithdrawal { get; private set; }
}
