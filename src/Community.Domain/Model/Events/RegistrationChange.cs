namespace Community.Domain.Model;

/// <summary>
/// One change of a registration's status (registered, waitlisted, promoted to a seat, cancelled), with its time.
/// <see cref="EventRegistration"/> keeps only the latest status and re-registering overwrites its times; these rows
/// keep every step, so registrants and attendance are taken as at any date. Append-only.
/// </summary>
public sealed class RegistrationChange
{
    private RegistrationChange()
    {
    }

    internal RegistrationChange(EventRegistration registration, DateTime changedAt)
    {
        RegistrationId = registration.Id;
        EventId = registration.EventId;
        MemberId = registration.MemberId;
        Status = registration.Status;
        ChangedAt = changedAt;
    }

    public long Id { get; private set; }

    public long RegistrationId { get; private set; }

    public long EventId { get; private set; }

    public long MemberId { get; private set; }

    /// <summary>The status the registration took at <see cref="ChangedAt"/>.</summary>
    public RegistrationStatus Status { get; private set; }

    public DateTime ChangedAt { get; private set; }
}
