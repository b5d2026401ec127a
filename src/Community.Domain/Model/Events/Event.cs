using Community.Domain.Errors;

namespace Community.Domain.Model;

/// <summary>
/// An event in a group or company-wide (no group). <see cref="RegisteredCount"/> is the number of
/// seats taken; it is only changed by an atomic conditional update, so two racing registrations
/// can never both take the last seat.
/// </summary>
public sealed class Event
{
    public const int TitleMaxLength = 200;

    /// <summary>Check-in opens this long before the start (people arrive early)...</summary>
    public static readonly TimeSpan CheckInOpensBefore = TimeSpan.FromHours(1);

    /// <summary>...and closes this long after the end (organizers catch up on the way out); outside, attendance is refused.</summary>
    public static readonly TimeSpan CheckInClosesAfter = TimeSpan.FromHours(2);

    private Event()
    {
    }

    public Event(long? groupId, long organizerId, string title, string? description, DateTime startsAt, DateTime endsAt,
        string timeZone, EventFormat format, string? location, string? onlineUrl, int? capacity, bool waitlistEnabled,
        DateTime createdAt)
    {
        GroupId = groupId;
        OrganizerId = organizerId;
        CreatedAt = createdAt;
        Describe(title, description, startsAt, endsAt, timeZone, format, location, onlineUrl, capacity, waitlistEnabled);
    }

    public long Id { get; private set; }

    public long? GroupId { get; private set; }

    public long OrganizerId { get; private set; }

    public string Title { get; private set; } = null!;

    public string Description { get; private set; } = string.Empty;

    public DateTime StartsAt { get; private set; }

    public DateTime EndsAt { get; private set; }

    /// <summary>IANA time zone the event is announced in; times are stored in UTC.</summary>
    public string TimeZone { get; private set; } = "UTC";

    public EventFormat Format { get; private set; }

    public string Location { get; private set; } = string.Empty;

    public string OnlineUrl { get; private set; } = string.Empty;

    /// <summary>Seats available; null means unlimited.</summary>
    public int? Capacity { get; private set; }

    public bool WaitlistEnabled { get; private set; }

    public int RegisteredCount { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? CancelledAt { get; private set; }

    public Group? Group { get; private set; }

    public DateTime CheckInOpensAt => StartsAt - CheckInOpensBefore;

    public DateTime CheckInClosesAt => EndsAt + CheckInClosesAfter;

    /// <summary>Whether a check-in at <paramref name="now"/> is within the window around the event.</summary>
    public bool AcceptsCheckInAt(DateTime now) => now >= CheckInOpensAt && now <= CheckInClosesAt;

    internal void Cancel(DateTime now) => CancelledAt ??= now;

    /// <summary>
    /// Applies an organizer's changes; what <paramref name="changes"/> leaves null stays as it is. A capacity
    /// is never set below the seats already taken: seats are not taken back from members who hold them.
    /// </summary>
    internal void Edit(EventChanges changes)
    {
        var capacity = changes.Capacity is { } limit ? limit.Seats : Capacity;
        Guard.Against(capacity < RegisteredCount, DomainErrors.InvalidInput(nameof(Capacity),
            $"{RegisteredCount} seats are taken; the capacity cannot be lower (cancel registrations first, or keep it)."));
        Describe(changes.Title ?? Title, changes.Description ?? Description, changes.StartsAt ?? StartsAt, changes.EndsAt ?? EndsAt,
            changes.TimeZone ?? TimeZone, changes.Format ?? Format, changes.Location ?? Location, changes.OnlineUrl ?? OnlineUrl,
            capacity, changes.WaitlistEnabled ?? WaitlistEnabled);
    }

    /// <summary>Sets and checks everything an organizer describes, for a new event and for an edit alike.</summary>
    private void Describe(string title, string? description, DateTime startsAt, DateTime endsAt, string timeZone, EventFormat format,
        string? location, string? onlineUrl, int? capacity, bool waitlistEnabled)
    {
        Title = Guard.Text(title, nameof(Title), TitleMaxLength);
        Description = Guard.Text(description, nameof(Description), PostBody.MaxLength, required: false);
        Guard.Against(endsAt <= startsAt, DomainErrors.InvalidInput(nameof(EndsAt), "the event must end after it starts."));
        Guard.Against(capacity is <= 0, DomainErrors.InvalidInput(nameof(Capacity), "a capacity must be positive, or null for unlimited."));
        TimeZone = ValidTimeZone(timeZone);
        StartsAt = startsAt;
        EndsAt = endsAt;
        Format = format;
        Location = Guard.Text(location, nameof(Location), 200, required: false);
        OnlineUrl = Guard.Text(onlineUrl, nameof(OnlineUrl), 2000, required: false);
        Capacity = capacity;
        WaitlistEnabled = waitlistEnabled;
    }

    private static string ValidTimeZone(string timeZone)
    {
        var text = Guard.Text(timeZone, nameof(TimeZone), 100);
        Guard.Against(!TimeZoneInfo.TryFindSystemTimeZoneById(text, out _) && text != "UTC",
            DomainErrors.InvalidInput(nameof(TimeZone), $"'{text}' is not a known IANA time zone such as 'Europe/Paris'."));
        return text;
    }
}
