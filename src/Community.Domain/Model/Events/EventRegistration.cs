namespace Community.Domain.Model;

/// <summary>A member's registration for an event: a seat, a place on the waitlist, or cancelled.</summary>
public sealed class EventRegistration
{
    private EventRegistration()
    {
    }

    internal EventRegistration(long eventId, long memberId, RegistrationStatus status, DateTime registeredAt)
    {
        EventId = eventId;
        MemberId = memberId;
        Status = status;
        RegisteredAt = registeredAt;
    }

    public long Id { get; private set; }

    public long EventId { get; private set; }

    public long MemberId { get; private set; }

    public RegistrationStatus Status { get; private set; }

    /// <summary>When the member asked; the waitlist is served in this order.</summary>
    public DateTime RegisteredAt { get; private set; }

    public DateTime? PromotedAt { get; private set; }

    public DateTime? CancelledAt { get; private set; }

    public DateTime? CheckedInAt { get; private set; }

    public Event Event { get; private set; } = null!;

    public Member Member { get; private set; } = null!;

    internal void Promote(DateTime now)
    {
        Status = RegistrationStatus.Registered;
        PromotedAt = now;
    }

    internal void Reactivate(RegistrationStatus status, DateTime now)
    {
        Status = status;
        RegisteredAt = now;
        CancelledAt = null;
        PromotedAt = null;
    }

    internal void Cancel(DateTime now)
    {
        Status = RegistrationStatus.Cancelled;
        CancelledAt = now;
    }

    internal void CheckIn(DateTime now) => CheckedInAt ??= now;
}
