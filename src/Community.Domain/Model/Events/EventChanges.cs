namespace Community.Domain.Model;

/// <summary>
/// What an organizer changes in an event; a null property is left as it is. An empty string clears
/// <see cref="Description"/>, <see cref="Location"/> or <see cref="OnlineUrl"/>. The group never changes:
/// moving an event would change who may see it under its registrants.
/// </summary>
public sealed record EventChanges
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public DateTime? StartsAt { get; init; }

    public DateTime? EndsAt { get; init; }

    public string? TimeZone { get; init; }

    public EventFormat? Format { get; init; }

    public string? Location { get; init; }

    public string? OnlineUrl { get; init; }

    /// <summary>A new capacity; <c>new EventCapacity(null)</c> makes the event unlimited.</summary>
    public EventCapacity? Capacity { get; init; }

    public bool? WaitlistEnabled { get; init; }
}

/// <summary>A capacity to set: a number of seats, or null for unlimited.</summary>
public sealed record EventCapacity(int? Seats);
