namespace Community.Domain.Tests.Infrastructure;

/// <summary>A clock the test moves by hand, for scheduled posts, poll closing and event times.</summary>
public sealed class ManualClock(DateTime utcNow) : TimeProvider
{
    public DateTime UtcNow { get; private set; } = DateTime.SpecifyKind(utcNow, DateTimeKind.Utc);

    public override DateTimeOffset GetUtcNow() => new(UtcNow);

    public void Advance(TimeSpan by) => UtcNow += by;
}
