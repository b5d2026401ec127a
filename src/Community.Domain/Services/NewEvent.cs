using Community.Domain.Model;

namespace Community.Domain.Services;

/// <summary>What an organizer submits to create an event; times in UTC, <paramref name="TimeZone"/> for display.</summary>
public sealed record NewEvent(
    long? GroupId,
    string Title,
    DateTime StartsAt,
    DateTime EndsAt,
    string TimeZone = "UTC",
    EventFormat Format = EventFormat.Onsite,
    int? Capacity = null,
    bool WaitlistEnabled = true,
    string? Description = null,
    string? Location = null,
    string? OnlineUrl = null);
