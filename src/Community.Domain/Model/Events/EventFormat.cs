namespace Community.Domain.Model;

/// <summary>Where an event takes place.</summary>
public enum EventFormat
{
    Onsite = 0,
    Online = 1,
    Hybrid = 2,
}
