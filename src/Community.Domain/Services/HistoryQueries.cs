using Community.Domain.Model;

namespace Community.Domain.Services;

/// <summary>
/// The history tables read "as at" an instant: what stood, who was what, who belonged where. Periods are half-open,
/// <c>[from, to)</c>: a row closed at <c>t</c> no longer holds at <c>t</c>. KPIs build on these, so a past figure
/// computed today equals the one computed back then.
/// </summary>
public static class HistoryQueries
{
    /// <summary>The reactions that stood at <paramref name="at"/> (given by then, not withdrawn or replaced by then).</summary>
    public static IQueryable<ReactionPeriod> StandingAt(this IQueryable<ReactionPeriod> periods, DateTime at) =>
        periods.Where(p => p.GivenAt <= at && (p.WithdrawnAt == null || p.WithdrawnAt > at));

    /// <summary>Each member's state (enabled, department, kind) at <paramref name="at"/>; members created later have none.</summary>
    public static IQueryable<MemberState> At(this IQueryable<MemberState> states, DateTime at) =>
        states.Where(s => s.ValidFrom <= at && (s.ValidTo == null || s.ValidTo > at));

    /// <summary>Who belonged to which group at <paramref name="at"/>.</summary>
    public static IQueryable<GroupMembershipPeriod> At(this IQueryable<GroupMembershipPeriod> periods, DateTime at) =>
        periods.Where(p => p.JoinedAt <= at && (p.LeftAt == null || p.LeftAt > at));

    /// <summary>Each registration's status at <paramref name="at"/>: its latest change by then (ties go to the later row).</summary>
    public static IQueryable<RegistrationChange> StatusAt(this IQueryable<RegistrationChange> changes, DateTime at) =>
        changes.Where(c => c.ChangedAt <= at && !changes.Any(later => later.RegistrationId == c.RegistrationId && later.ChangedAt <= at
            && (later.ChangedAt > c.ChangedAt || (later.ChangedAt == c.ChangedAt && later.Id > c.Id))));
}
