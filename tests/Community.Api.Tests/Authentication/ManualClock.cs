namespace Community.Api.Tests.Authentication;

/// <summary>A clock the test moves by hand: the server's domain and sign-in memory read it instead of the system's.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
