namespace Community.Domain.Model;

/// <summary>
/// What a member was from <see cref="ValidFrom"/> until <see cref="ValidTo"/> (null: still is): enabled or not,
/// department, kind and leader flag, the attributes KPIs count, break down and follow by. A change closes the open row and opens a
/// new one, so "members enabled at a date, by department" is taken as at any date without drifting.
/// </summary>
public sealed class MemberState
{
    private MemberState()
    {
    }

    internal MemberState(Member member, DateTime validFrom)
    {
        Member = member;
        MemberId = member.Id;
        IsEnabled = member.IsEnabled;
        Department = member.Department;
        Kind = member.Kind;
        IsLeader = member.IsLeader;
        ValidFrom = validFrom;
    }

    public long Id { get; private set; }

    public long MemberId { get; private set; }

    public bool IsEnabled { get; private set; }

    public string? Department { get; private set; }

    public MemberKind Kind { get; private set; }

    /// <summary>Whether an admin had flagged the member as a leader (the KPIs' leadership figures follow leaders).</summary>
    public bool IsLeader { get; private set; }

    public DateTime ValidFrom { get; private set; }

    /// <summary>When the next state took over; null for the current one.</summary>
    public DateTime? ValidTo { get; private set; }

    /// <summary>Set on creation so a new member and its first state save together.</summary>
    internal Member? Member { get; private set; }

    /// <summary>Whether the member's current attributes are the ones this state holds.</summary>
    internal bool Describes(Member member) =>
        IsEnabled == member.IsEnabled && Department == member.Department && Kind == member.Kind && IsLeader == member.IsLeader;

    internal void Close(DateTime now) => ValidTo ??= now;
}
