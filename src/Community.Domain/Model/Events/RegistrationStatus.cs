namespace Community.Domain.Model;

/// <summary>The state of a registration; only <see cref="Registered"/> holds a seat.</summary>
public enum RegistrationStatus
{
    Registered = 0,
    Waitlisted = 1,
    Cancelled = 2,
}
